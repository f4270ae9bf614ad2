package org.officeapi.emulator.cognitoidp.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.model.UserPool;

import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks an access token the way Cognito does before acting on it (GetUser and the other token-authorised
 * calls): a JWT signed RS256 by the access-token key of the pool its {@code iss} names, {@code token_use}
 * {@code access}, not expired. Revocation and the user's state are the caller's next checks.
 */
public final class AccessTokens {

    /**
     * What a verified access token says.
     *
     * @param originJti null for tokens of a client without token revocation, which carry none
     * @param authTime  the {@code auth_time} claim: with sub and client, what names the sign-in when there is no origin_jti
     */
    public record Verified(UserPool pool, String sub, String username, String clientId, String originJti, Instant authTime) {}

    private AccessTokens() {}

    /** @param poolByIssuer the pool an issuer URL names, if it exists */
    public static Verified verify(String token, Function<String, Optional<UserPool>> poolByIssuer, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            UserPool pool = Optional.ofNullable(claims.getIssuer()).flatMap(poolByIssuer)
                    .orElseThrow(CognitoIdpErrors::invalidAccessToken);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !pool.keys().accessTokenKey().getKeyID().equals(jwt.getHeader().getKeyID())
                    || !jwt.verify(new RSASSAVerifier(pool.keys().accessTokenKey().toRSAPublicKey()))
                    || !"access".equals(claims.getStringClaim("token_use"))) {
                throw CognitoIdpErrors.invalidAccessToken();
            }
            if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())) {
                throw CognitoIdpErrors.accessTokenExpired();
            }
            Long authTime = claims.getLongClaim("auth_time");
            return new Verified(pool, claims.getSubject(), claims.getStringClaim("username"),
                    claims.getStringClaim("client_id"), claims.getStringClaim("origin_jti"),
                    authTime == null ? null : Instant.ofEpochSecond(authTime));
        } catch (ParseException | JOSEException | IllegalStateException e) {
            throw CognitoIdpErrors.invalidAccessToken();
        }
    }
}
