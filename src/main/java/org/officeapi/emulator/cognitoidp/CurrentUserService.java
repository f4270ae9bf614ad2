package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.SignInSession;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.password.PasswordCredentials;
import org.officeapi.emulator.cognitoidp.password.PasswordPolicies;
import org.officeapi.emulator.cognitoidp.tokens.AccessTokens;
import org.officeapi.emulator.cognitoidp.users.UserAttributes;
import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChangePasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GlobalSignOutResponse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a signed-in user does with their own access token (unsigned calls): GetUser, GlobalSignOut, ChangePassword.
 * The token must verify ({@link AccessTokens}), its user must still exist and be enabled, and its sign-in session
 * must not have been revoked (sign-out, RevokeToken, user disabled or deleted): "Access Token has been revoked".
 */
public final class CurrentUserService {

    private final CognitoIdpStore store;
    private final PasswordCredentials credentials;

    public CurrentUserService(CognitoIdpStore store, PasswordCredentials credentials) {
        this.store = store;
        this.credentials = credentials;
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html">GetUser</a> */
    public GetUserResponse getUser(GetUserRequest request, CallContext context) {
        User user = signedIn(request.accessToken(), context.receivedAt()).user();
        return GetUserResponse.builder().username(user.username()).userAttributes(UserAttributes.reported(user, List.of())).build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GlobalSignOut.html">GlobalSignOut</a>:
     * revokes every sign-in session of the user, so every refresh token stops working and every access token issued
     * so far (this one included) is refused by the token-authorised calls. ID tokens stay valid JWTs; identity pools
     * refuse them only for providers with ServerSideTokenCheck, as AWS documents.
     */
    public GlobalSignOutResponse globalSignOut(GlobalSignOutRequest request, CallContext context) {
        SignedIn signedIn = signedIn(request.accessToken(), context.receivedAt());
        store.revokeSignIns(signedIn.pool().ref(), signedIn.session().usernameKey());
        return GlobalSignOutResponse.builder().build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChangePassword.html">ChangePassword</a>:
     * the previous password must be the current one ("Incorrect username or password." otherwise) and the proposed one
     * must meet the pool's policy; the new password replaces the user's SRP verifier. Which of the two checks comes first
     * when both fail is UNCONFIRMED (here: the previous password). Tokens already issued stay valid, as in AWS.
     */
    public ChangePasswordResponse changePassword(ChangePasswordRequest request, CallContext context) {
        SignedIn signedIn = signedIn(request.accessToken(), context.receivedAt());
        UserPool pool = signedIn.pool();
        store.change(pool.ref(), state -> {
            PoolScoped key = new PoolScoped(pool.id(), signedIn.session().usernameKey());
            User user = state.users.get(key);
            if (user == null || !user.sub().equals(signedIn.user().sub())) {
                throw CognitoIdpErrors.userNotFound();
            }
            if (request.previousPassword() == null) {
                // UNCONFIRMED: the model lets passwordless users leave it out; every user here has a password
                throw CognitoIdpErrors.missingParameter("PreviousPassword");
            }
            if (!user.credential().matches(request.previousPassword())) {
                throw CognitoIdpErrors.incorrectUsernameOrPassword();
            }
            PasswordPolicies.violation(pool.passwordPolicy(), request.proposedPassword()).ifPresent(rule -> {
                throw CognitoIdpErrors.passwordDoesNotConform(rule);
            });
            state.users.put(key, user.withPassword(credentials.create(pool.ref(), user.username(), request.proposedPassword()),
                    user.status(), context.receivedAt()));
            return null;
        });
        return ChangePasswordResponse.builder().build();
    }

    /** The user an access token speaks for, with the pool and sign-in session, once every check has passed. */
    private record SignedIn(UserPool pool, User user, SignInSession session) {}

    private SignedIn signedIn(String accessToken, Instant now) {
        AccessTokens.Verified token = AccessTokens.verify(accessToken, issuer -> CognitoUserPoolKeys.pool(store, issuer), now);
        UserPool pool = token.pool();
        SignInSession session = sessionOf(token).filter(s -> s.pool().equals(pool.ref()))
                .orElseThrow(CognitoIdpErrors::accessTokenRevoked);
        User user = store.region(pool.ref()).users.get(new PoolScoped(pool.id(), session.usernameKey()));
        if (user == null) {
            throw CognitoIdpErrors.userNotFound();
        }
        if (!user.sub().equals(token.sub())) {
            throw CognitoIdpErrors.accessTokenRevoked();
        }
        if (!user.enabled()) {
            throw CognitoIdpErrors.userDisabled();
        }
        if (session.revoked()) {
            throw CognitoIdpErrors.accessTokenRevoked();
        }
        return new SignedIn(pool, user, session);
    }

    /** By {@code origin_jti}; a token of a client without token revocation has none and is found by user, client and auth_time. */
    private Optional<SignInSession> sessionOf(AccessTokens.Verified token) {
        if (token.originJti() != null) {
            return store.signIn(token.originJti());
        }
        if (token.sub() == null || token.clientId() == null || token.authTime() == null) {
            return Optional.empty();
        }
        return store.signIn(token.pool().ref(), token.sub(), token.clientId(), token.authTime());
    }
}
