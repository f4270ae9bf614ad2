package org.officeapi.emulator.cognitoidp.signin;

/**
 * One {@code AuthFlow} of InitiateAuth / AdminInitiateAuth. {@link SignInFlows} maps flow names to these;
 * the app client's ExplicitAuthFlows are checked before a flow starts, so a flow only proves who the user is
 * and hands over to {@link SignInSteps#complete}.
 *
 * <p>Seam for USER_SRP_AUTH: an {@code AuthFlow} registered under {@code USER_SRP_AUTH} (answering with the
 * PASSWORD_VERIFIER challenge) plus a {@link ChallengeResponder} under {@code PASSWORD_VERIFIER} (checking the
 * proof against the SRP verifier a {@code PasswordCredential} keeps, then calling
 * {@link SignInSteps#complete}) is all SRP needs; see {@link SignInFlows#with}.
 */
@FunctionalInterface
public interface AuthFlow {

    AuthOutcome start(SignInRequest request);
}
