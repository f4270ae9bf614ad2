package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.password.SrpPasswordCredential;
import org.officeapi.emulator.cognitoidp.srp.PasswordVerifierChallenge;
import org.officeapi.emulator.cognitoidp.srp.SrpChallenges;
import org.officeapi.emulator.cognitoidp.srp.SrpException;
import org.officeapi.emulator.cognitoidp.srp.SrpVerifierRecord;
import org.officeapi.emulator.core.AwsErrorException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * USER_SRP_AUTH: USERNAME and SRP_A (plus SECRET_HASH for clients with a secret) are answered with the
 * PASSWORD_VERIFIER challenge (SALT, SRP_B, SECRET_BLOCK, USERNAME, USER_ID_FOR_SRP), without a Session, as
 * in AWS's traces. The password is proven in {@link PasswordVerifierResponder}.
 *
 * <p>An unknown user under PreventUserExistenceErrors ENABLED gets a challenge too, against a verifier made up
 * on the spot, so that the answer cannot tell who exists; its claim can never verify (UNCONFIRMED in detail:
 * AWS documents that it simulates the flow, not how).
 */
public final class SrpFlow implements AuthFlow {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignInSteps steps;
    private final SrpChallenges srp;

    public SrpFlow(SignInSteps steps, SrpChallenges srp) {
        this.steps = steps;
        this.srp = srp;
    }

    @Override
    public AuthOutcome start(SignInRequest request) {
        String username = SignInSteps.required(request.parameters(), "USERNAME");
        String srpA = SignInSteps.required(request.parameters(), "SRP_A");
        SecretHash.check(request.client(), username, request.parameters().get("SECRET_HASH"));
        Optional<User> user = steps.findUserIfAny(request.pool(), username);
        if (user.isEmpty() && !request.client().preventsUserExistenceErrors()) {
            throw CognitoIdpErrors.userNotFound();
        }
        // LEGACY clients say a user is unconfirmed before any proof, as they do for passwords
        if (user.isPresent() && user.get().status() == UserStatusType.UNCONFIRMED && !request.client().preventsUserExistenceErrors()) {
            throw CognitoIdpErrors.userNotConfirmed();
        }
        String userIdForSrp = user.map(User::username).orElse(username);
        SrpVerifierRecord record = user.map(SrpFlow::record)
                .orElseGet(() -> SrpVerifierRecord.create(request.pool().id(), userIdForSrp, randomPassword(), RANDOM));
        try {
            PasswordVerifierChallenge challenge = srp.challenge(request.pool().id(), request.client().clientId(), userIdForSrp,
                    record, srpA);
            return new AuthOutcome.Challenge(ChallengeNameType.PASSWORD_VERIFIER.toString(), challenge.challengeParameters(), null);
        } catch (SrpException e) {
            throw refusal(e);
        }
    }

    static SrpVerifierRecord record(User user) {
        if (user.credential() instanceof SrpPasswordCredential srpCredential) {
            return srpCredential.record();
        }
        throw new IllegalStateException("the user pools keep SRP verifiers; this user's password was kept otherwise");
    }

    static AwsErrorException refusal(SrpException e) {
        return new AwsErrorException(e.failure().awsErrorCode(), 400, e.failure().awsMessage());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
