package org.officeapi.emulator.cognitoidp.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.SignInSession;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.core.Ids;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Signs a user's ID and access tokens (RS256, each with its own pool key) with exactly the claims of
 * reference/aws-semantics.md §1.2 and §1.4: {@code auth_time} from the sign-in session (kept on refresh),
 * lifetimes from the app client, a fresh {@code jti} per token and the session's {@code origin_jti}. As AWS documents,
 * {@code jti} and {@code origin_jti} are there only when the client has token revocation on (EnableTokenRevocation,
 * the default); browser SDKs read origin_jti to decide whether RevokeToken applies.
 * {@code event_id} is left out (its presence in current tokens is UNCONFIRMED).
 */
public final class TokenIssuer {

    /** The scope of tokens from API sign-in (not the hosted UI). */
    static final String API_SCOPE = "aws.cognito.signin.user.admin";

    private TokenIssuer() {}

    /** @param groups the user's groups in token order ({@link RoleClaims#TOKEN_ORDER}) */
    public static IssuedTokens issue(UserPool pool, AppClient client, User user, List<RoleClaims.GroupRole> groups,
                                     SignInSession session, Instant now) {
        Instant issuedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Duration accessLifetime = client.accessTokenLifetime();
        String idToken = sign(pool.keys().idTokenKey(), idClaims(pool, client, user, groups, session, issuedAt));
        String accessToken = sign(pool.keys().accessTokenKey(), accessClaims(pool, client, user, groups, session, issuedAt, accessLifetime));
        return new IssuedTokens(idToken, accessToken, (int) accessLifetime.toSeconds());
    }

    private static JWTClaimsSet idClaims(UserPool pool, AppClient client, User user, List<RoleClaims.GroupRole> groups,
                                         SignInSession session, Instant issuedAt) {
        RoleClaims roles = RoleClaims.of(groups);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user.sub());
        if (!groups.isEmpty()) {
            claims.claim("cognito:groups", groups.stream().map(RoleClaims.GroupRole::groupName).toList());
        }
        roles.preferredRole().ifPresent(role -> claims.claim("cognito:preferred_role", role));
        claims.issuer(pool.ref().issuer())
                .claim("cognito:username", user.username());
        if (client.tokenRevocationEnabled()) {
            claims.claim("origin_jti", session.originJti());
        }
        if (!roles.roles().isEmpty()) {
            claims.claim("cognito:roles", roles.roles());
        }
        claims.audience(client.clientId())
                .claim("token_use", "id")
                .claim("auth_time", session.authTime().getEpochSecond());
        AttributeClaims.of(user.attributes(), client.description().readAttributes()).forEach(claims::claim);
        claims.expirationTime(Date.from(issuedAt.plus(client.idTokenLifetime())))
                .issueTime(Date.from(issuedAt));
        return revocable(claims, client).build();
    }

    private static JWTClaimsSet accessClaims(UserPool pool, AppClient client, User user, List<RoleClaims.GroupRole> groups,
                                             SignInSession session, Instant issuedAt, Duration lifetime) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user.sub());
        if (!groups.isEmpty()) {
            claims.claim("cognito:groups", groups.stream().map(RoleClaims.GroupRole::groupName).toList());
        }
        claims.issuer(pool.ref().issuer())
                .claim("client_id", client.clientId());
        if (client.tokenRevocationEnabled()) {
            claims.claim("origin_jti", session.originJti());
        }
        claims.claim("token_use", "access")
                .claim("scope", API_SCOPE)
                .claim("auth_time", session.authTime().getEpochSecond())
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .issueTime(Date.from(issuedAt));
        return revocable(claims, client).claim("username", user.username()).build();
    }

    /** A fresh {@code jti}, for clients with token revocation on. */
    private static JWTClaimsSet.Builder revocable(JWTClaimsSet.Builder claims, AppClient client) {
        return client.tokenRevocationEnabled() ? claims.jwtID(Ids.uuid()) : claims;
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("a pool's own RSA key always signs", e);
        }
        return jwt.serialize();
    }
}
