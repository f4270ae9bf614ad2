package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.password.PasswordCredentials;
import org.officeapi.emulator.cognitoidp.password.SaltedPasswordHash;
import org.officeapi.emulator.cognitoidp.signin.SignInFlows;
import org.officeapi.emulator.cognitoidp.signin.SignInSteps;
import org.officeapi.emulator.ports.UserPoolKeys;

import java.util.function.UnaryOperator;

/**
 * Cognito user pools, assembled: one store, the services over it, the documents and emulator-only endpoint
 * served beside the API, and the {@link UserPoolKeys} port other services verify tokens through.
 *
 * <p>{@code extraFlows} is where further sign-in flows join (USER_SRP_AUTH with its PASSWORD_VERIFIER
 * challenge), and {@code credentials} how passwords are kept (an SRP verifier instead of a salted hash).
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

    public CognitoIdp() {
        this(SaltedPasswordHash.FACTORY, UnaryOperator.identity());
    }

    public CognitoIdp(PasswordCredentials credentials, UnaryOperator<SignInFlows> extraFlows) {
        SignInSteps steps = new SignInSteps(store);
        this.pools = new UserPoolService(store);
        this.clients = new UserPoolClientService(store);
        this.groups = new GroupService(store);
        this.users = new UserAdminService(store, credentials);
        this.signUp = new SignUpService(store, credentials);
        this.signIn = new SignInService(store, extraFlows.apply(SignInFlows.standard(steps, credentials)));
        this.currentUser = new CurrentUserService(store);
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

    /** The public keys of a pool by the issuer URL its tokens carry. */
    public UserPoolKeys keys() {
        return new CognitoUserPoolKeys(store);
    }

    /** {@code GET /{poolId}/.well-known/jwks.json} and {@code …/openid-configuration}. */
    public UserPoolDocumentsEndpoint documents() {
        return new UserPoolDocumentsEndpoint(store);
    }

    /** The emulator-only {@code /_emulator/cognito-idp/…} endpoint (sign-up confirmation codes). */
    public ConfirmationCodeEndpoint confirmationCodes() {
        return new ConfirmationCodeEndpoint(store);
    }

    public void reset() {
        store.reset();
    }
}
