package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.SignInSession;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.ports.UserPoolSignIns;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@link UserPoolSignIns} port: a token's sign-in session must exist in the pool its issuer names, be unrevoked,
 * and its user must still be the same enabled user.
 */
final class CognitoUserSignIns implements UserPoolSignIns {

    private final CognitoIdpStore store;

    CognitoUserSignIns(CognitoIdpStore store) {
        this.store = store;
    }

    @Override
    public boolean stillSignedIn(String issuer, String sub, String clientId, String originJti, long authTime) {
        return CognitoUserPoolKeys.pool(store, issuer).map(pool -> {
            Optional<SignInSession> session = originJti != null ? store.signIn(originJti)
                    : store.signIn(pool.ref(), sub, clientId, Instant.ofEpochSecond(authTime));
            return session.filter(s -> s.pool().equals(pool.ref()) && s.sub().equals(sub) && !s.revoked())
                    .map(s -> {
                        User user = store.region(pool.ref()).users.get(new PoolScoped(pool.id(), s.usernameKey()));
                        return user != null && user.sub().equals(sub) && user.enabled();
                    })
                    .orElse(false);
        }).orElse(false);
    }
}
