package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.RefreshGrant;
import org.officeapi.emulator.cognitoidp.model.SignInSession;
import org.officeapi.emulator.cognitoidp.model.User;

/**
 * REFRESH_TOKEN_AUTH (and its older name REFRESH_TOKEN): new ID and access tokens for the sign-in session a
 * refresh token belongs to, keeping its {@code auth_time} and {@code origin_jti}. The token must have been
 * issued to this very client, be unexpired and unrevoked, and its user must still exist and be enabled.
 * SECRET_HASH, for clients with a secret, is computed with the user's username. No new refresh token is
 * handed out (no rotation).
 */
public final class RefreshTokenFlow implements AuthFlow {

    private final SignInSteps steps;

    public RefreshTokenFlow(SignInSteps steps) {
        this.steps = steps;
    }

    @Override
    public AuthOutcome start(SignInRequest request) {
        String token = SignInSteps.required(request.parameters(), "REFRESH_TOKEN");
        RefreshGrant grant = steps.store().refreshGrant(token)
                .filter(g -> g.clientId().equals(request.client().clientId()))
                .orElseThrow(CognitoIdpErrors::invalidRefreshToken);
        SignInSession session = steps.store().signIn(grant.originJti())
                .filter(s -> s.pool().equals(request.pool().ref()))
                .orElseThrow(CognitoIdpErrors::invalidRefreshToken);
        if (session.revoked()) {
            throw CognitoIdpErrors.refreshTokenRevoked();
        }
        if (!request.now().isBefore(grant.expiresAt())) {
            throw CognitoIdpErrors.refreshTokenExpired();
        }
        User user = steps.store().region(request.pool().ref()).users.get(new PoolScoped(request.pool().id(), session.usernameKey()));
        if (user == null) {
            throw CognitoIdpErrors.userNotFound();
        }
        if (!user.sub().equals(session.sub())) {
            // the user was deleted and a new one took the name: the old tokens were never theirs
            throw CognitoIdpErrors.invalidRefreshToken();
        }
        SecretHash.check(request.client(), user.username(), request.parameters().get("SECRET_HASH"));
        if (!user.enabled()) {
            throw CognitoIdpErrors.userDisabled();
        }
        return new AuthOutcome.Tokens(steps.reissue(request.pool(), request.client(), user, session, request.now()), null);
    }
}
