package org.officeapi.emulator.cognitoidentity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.officeapi.emulator.cognitoidentity.model.CognitoProvider;
import org.officeapi.emulator.cognitoidentity.model.IdentityPoolRecord;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.ports.UserPoolKeys;
import org.officeapi.emulator.ports.UserPoolSignIns;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies a Logins entry as Cognito identity pools do (reference §1.5, §2.9): the key must be a
 * provider of the pool; the value must be a JWT signed (RS256) by that user pool's current keys, issued
 * by that provider, for one of the pool's app clients, an ID token, not expired by the emulator's clock; and, for a
 * provider with ServerSideTokenCheck, from a sign-in the user pool still stands behind (not signed out, user neither
 * deleted nor disabled), as AWS documents for GlobalSignOut and ServerSideTokenCheck.
 * Every failure is a NotAuthorizedException with AWS's wording. Nothing is stored here.
 */
final class LoginTokenVerifier {

    private final UserPoolKeys userPoolKeys;
    private final UserPoolSignIns userPoolSignIns;

    LoginTokenVerifier(UserPoolKeys userPoolKeys, UserPoolSignIns userPoolSignIns) {
        this.userPoolKeys = userPoolKeys;
        this.userPoolSignIns = userPoolSignIns;
    }

    /** Every entry of a Logins map, in the order sent; the first failure is the answer. */
    List<VerifiedLogin> verifyAll(IdentityPoolRecord pool, Map<String, String> logins, Instant now) {
        return logins.entrySet().stream().map(login -> verify(pool, login.getKey(), login.getValue(), now)).toList();
    }

    VerifiedLogin verify(IdentityPoolRecord pool, String loginKey, String token, Instant now) {
        List<CognitoProvider> providers = pool.providersNamed(loginKey);
        if (providers.isEmpty()) {
            if (pool.supportedLoginProviders().containsKey(loginKey)) {
                throw new AwsErrorException("NotImplementedException", 400,
                        "The embedded AWS verifies only Cognito user pool logins, not " + loginKey + ".");
            }
            throw CognitoIdentityErrors.unsupportedProvider();
        }
        SignedJWT jwt = parse(token);
        JWTClaimsSet claims = claims(jwt);
        if (!providers.get(0).issuer().equals(claims.getIssuer())) {
            throw CognitoIdentityErrors.issuerMismatch();
        }
        verifySignature(jwt, claims.getIssuer());
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw CognitoIdentityErrors.missingClaim("exp");
        }
        long nowSeconds = now.getEpochSecond();
        long expSeconds = expiry.toInstant().getEpochSecond();
        if (nowSeconds >= expSeconds) {
            throw CognitoIdentityErrors.tokenExpired(nowSeconds, expSeconds);
        }
        List<String> audience = claims.getAudience();
        if (audience == null || audience.isEmpty()) {
            // what an access token (which names its client in client_id, not aud) runs into
            throw CognitoIdentityErrors.missingClaim("aud");
        }
        CognitoProvider provider = providers.stream()
                .filter(p -> p.clientId() == null || audience.contains(p.clientId()))
                .findFirst().orElseThrow(CognitoIdentityErrors::unsupportedProvider);
        if (!"id".equals(claims.getClaim("token_use"))) {
            // UNCONFIRMED: a token with an aud but not token_use=id cannot come from a user pool; AWS's words for it are unknown
            throw CognitoIdentityErrors.notAnOpenIdToken();
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isEmpty()) {
            throw CognitoIdentityErrors.missingClaim("sub");
        }
        if (provider.serverSideTokenCheck() && !stillSignedIn(claims, subject, audience.get(0))) {
            throw CognitoIdentityErrors.signedOut();
        }
        return new VerifiedLogin(provider, subject, normalised(claims));
    }

    private boolean stillSignedIn(JWTClaimsSet claims, String subject, String clientId) {
        Object authTime = claims.getClaim("auth_time");
        Object originJti = claims.getClaim("origin_jti");
        return authTime instanceof Number seconds && userPoolSignIns.stillSignedIn(claims.getIssuer(), subject, clientId,
                originJti instanceof String jti ? jti : null, seconds.longValue());
    }

    private static SignedJWT parse(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw CognitoIdentityErrors.notAnOpenIdToken();
        }
        if (jwt instanceof SignedJWT signed) {
            return signed;
        }
        if (jwt instanceof PlainJWT) {
            // UNCONFIRMED: an unsigned ("alg":"none") token parses as a JWT but has no signature to verify
            throw CognitoIdentityErrors.unverifiableSignature();
        }
        throw CognitoIdentityErrors.notAnOpenIdToken();
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw CognitoIdentityErrors.notAnOpenIdToken();
        }
    }

    private void verifySignature(SignedJWT jwt, String issuer) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
            throw CognitoIdentityErrors.unverifiableSignature();
        }
        RSAPublicKey key = userPoolKeys.publicKeys(issuer)
                .map(keys -> keys.get(jwt.getHeader().getKeyID()))
                .orElse(null);
        if (key == null) {
            throw CognitoIdentityErrors.unverifiableSignature();
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw CognitoIdentityErrors.unverifiableSignature();
            }
        } catch (JOSEException e) {
            throw CognitoIdentityErrors.unverifiableSignature();
        }
    }

    /** The claims as the role rules see them: dates as epoch seconds, everything else as parsed. */
    private static Map<String, Object> normalised(JWTClaimsSet claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> {
            if (value instanceof Date date) {
                out.put(name, date.toInstant().getEpochSecond());
            } else if (value != null) {
                out.put(name, value);
            }
        });
        return out;
    }
}
