package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.password.PasswordCredentials;
import org.officeapi.emulator.cognitoidp.password.SrpPasswordCredential;
import org.officeapi.emulator.cognitoidp.signin.PasswordVerifierResponder;
import org.officeapi.emulator.cognitoidp.signin.SignInFlows;
import org.officeapi.emulator.cognitoidp.signin.SignInSteps;
import org.officeapi.emulator.cognitoidp.signin.SrpFlow;
import org.officeapi.emulator.cognitoidp.srp.SrpChallenges;
import org.officeapi.emulator.ports.UserPoolKeys;
import org.officeapi.emulator.ports.UserPoolSignIns;

import java.time.Clock;
import java.util.Map;

/**
 * Cognito user pools, assembled: one store, the services over it, the documents and emulator-only endpoint
 * served beside the API, and the {@link UserPoolKeys} port other services verify tokens through.
 */
public final class CognitoIdp {

    private final CognitoIdpStore store = new CognitoIdpStore();
    private final UserPoolService pools;
    private final UserPoolClientService clients;
    private final GroupService groups;
    private final UserAdminService users;
    private final SignUpService signUp;
    private final SignInService signIn;
    private final CurrentUserService currentUser;
    private final TokenRevocationService revocation;
    private final ForgotPasswordService forgotPassword;

    /** The user pools as AWS runs them: passwords kept as SRP verifiers, USER_SRP_AUTH beside the password flows. */
    public CognitoIdp(Clock clock) {
        PasswordCredentials credentials = SrpPasswordCredential.FACTORY;
        SignInSteps steps = new SignInSteps(store);
        SrpChallenges srp = new SrpChallenges(clock);
        this.pools = new UserPoolService(store);
        this.clients = new UserPoolClientService(store);
        this.groups = new GroupService(store);
        this.users = new UserAdminService(store, credentials);
        this.signUp = new SignUpService(store, credentials);
        this.signIn = new SignInService(store, SignInFlows.standard(steps, credentials)
                .with("USER_SRP_AUTH", new SrpFlow(steps, srp), Map.of("PASSWORD_VERIFIER", new PasswordVerifierResponder(steps, srp))));
        this.currentUser = new CurrentUserService(store, credentials);
        this.revocation = new TokenRevocationService(store);
        this.forgotPassword = new ForgotPasswordService(store, credentials);
    }

    UserPoolService pools() {
        return pools;
    }

    UserPoolClientService clients() {
        return clients;
    }

    GroupService groups() {
        return groups;
    }

    UserAdminService users() {
        return users;
    }

    SignUpService signUp() {
        return signUp;
    }

    SignInService signIn() {
        return signIn;
    }

    CurrentUserService currentUser() {
        return currentUser;
    }

    TokenRevocationService revocation() {
        return revocation;
    }

    ForgotPasswordService forgotPassword() {
        return forgotPassword;
    }

    /** The public keys of a pool by the issuer URL its tokens carry. */
    public UserPoolKeys keys() {
        return new CognitoUserPoolKeys(store);
    }

    /** Whether a token's sign-in still stands: what identity pools with ServerSideTokenCheck ask. */
    public UserPoolSignIns signIns() {
        return new CognitoUserSignIns(store);
    }

    /** {@code GET /{poolId}/.well-known/jwks.json} and {@code …/openid-configuration}. */
    public UserPoolDocumentsEndpoint documents() {
        return new UserPoolDocumentsEndpoint(store);
    }

    /** The emulator-only {@code /_emulator/cognito-idp/…} endpoint (sign-up and password-reset codes). */
    public ConfirmationCodeEndpoint confirmationCodes() {
        return new ConfirmationCodeEndpoint(store);
    }

    public void reset() {
        store.reset();
    }
}
