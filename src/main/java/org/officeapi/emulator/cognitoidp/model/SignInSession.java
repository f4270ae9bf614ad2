package org.officeapi.emulator.cognitoidp.model;

import java.time.Instant;

/**
 * One successful authentication, named (as in the tokens' {@code origin_jti}) so that every token it
 * produced, refreshed ones included, can be revoked together, as AWS does on sign-out or when a user is
 * disabled.
 *
 * @param authTime the {@code auth_time} every token of this session carries, refreshes included
 */
public record SignInSession(String originJti, PoolRef pool, String clientId, String usernameKey, String sub, Instant authTime,
                            boolean revoked) {

    public SignInSession revoke() {
        return new SignInSession(originJti, pool, clientId, usernameKey, sub, authTime, true);
    }
}
