package org.officeapi.emulator.ports;

/**
 * Whether a user pool still stands behind the sign-in a token comes from: not signed out (GlobalSignOut,
 * AdminUserGlobalSignOut, RevokeToken) and its user neither deleted nor disabled. What identity pools ask the user
 * pool for a provider configured with ServerSideTokenCheck. Implemented by Cognito user pools.
 */
public interface UserPoolSignIns {

    /**
     * @param issuer    the token's {@code iss}: {@code https://cognito-idp.{region}.amazonaws.com/{poolId}}
     * @param sub       the token's {@code sub}
     * @param clientId  the app client the token was issued to
     * @param originJti the token's {@code origin_jti}; null when it has none (a client without token revocation)
     * @param authTime  the token's {@code auth_time}, epoch seconds
     */
    boolean stillSignedIn(String issuer, String sub, String clientId, String originJti, long authTime);
}
