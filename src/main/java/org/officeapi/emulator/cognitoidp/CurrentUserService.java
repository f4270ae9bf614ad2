package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.SignInSession;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.tokens.AccessTokens;
import org.officeapi.emulator.cognitoidp.users.UserAttributes;
import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;

import java.util.List;

/**
 * What a signed-in user does with their own access token (unsigned calls): GetUser. The token must verify
 * ({@link AccessTokens}), its user must still exist and be enabled, and its sign-in session must not have
 * been revoked (sign-out everywhere, user disabled or deleted).
 */
public final class CurrentUserService {

    private final CognitoIdpStore store;

    public CurrentUserService(CognitoIdpStore store) {
        this.store = store;
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html">GetUser</a> */
    public GetUserResponse getUser(GetUserRequest request, CallContext context) {
        AccessTokens.Verified token = AccessTokens.verify(request.accessToken(), issuer -> CognitoUserPoolKeys.pool(store, issuer), context.receivedAt());
        UserPool pool = token.pool();
        SignInSession session = store.signIn(token.originJti()).filter(s -> s.pool().equals(pool.ref()))
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
        return GetUserResponse.builder().username(user.username()).userAttributes(UserAttributes.reported(user, List.of())).build();
    }
}
