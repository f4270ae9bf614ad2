package org.officeapi.emulator.cognitoidentity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.officeapi.emulator.ports.UserPoolKeys;
import org.officeapi.emulator.ports.UserPoolSignIns;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A stand-in user pool for tests: its own RSA keys (an ID-token key and an access-token key, as
 * Cognito keeps two), served through {@link UserPoolKeys} for its issuer, and ID or access tokens
 * signed with them, shaped as Cognito shapes them (reference §1.2, §1.4). Its users stay signed in until a test
 * signs them out ({@link #signOut}), which the pool reports through {@link UserPoolSignIns}.
 */
final class TestUserPool implements UserPoolKeys, UserPoolSignIns {

    static final String REGION = "us-east-1";

    final String poolId;
    final String clientId;
    final String providerName;
    final String issuer;
    private final RSAKey idKey;
    private final RSAKey accessKey;
    // the subs of users signed out everywhere
    private final Set<String> signedOut = ConcurrentHashMap.newKeySet();

    TestUserPool(String poolId, String clientId) {
        this.poolId = poolId;
        this.clientId = clientId;
        this.providerName = "cognito-idp." + REGION + ".amazonaws.com/" + poolId;
        this.issuer = "https://" + providerName;
        this.idKey = generate("id-" + poolId);
        this.accessKey = generate("access-" + poolId);
    }

    static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Map<String, RSAPublicKey>> publicKeys(String issuer) {
        if (!this.issuer.equals(issuer)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Map.of(idKey.getKeyID(), idKey.toRSAPublicKey(), accessKey.getKeyID(), accessKey.toRSAPublicKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs a user out everywhere: none of their tokens' sign-ins stands any longer. */
    void signOut(String sub) {
        signedOut.add(sub);
    }

    @Override
    public boolean stillSignedIn(String issuer, String sub, String clientId, String originJti, long authTime) {
        return this.issuer.equals(issuer) && !signedOut.contains(sub);
    }

    /** An ID token for a user of this pool, issued at {@code now}, valid one hour; {@code extra} adds or changes claims. */
    String idToken(String sub, List<String> groups, Instant now, Consumer<JWTClaimsSet.Builder> extra) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(sub).issuer(issuer).audience(clientId)
                .claim("token_use", "id").claim("cognito:username", "user-" + sub.substring(0, 8))
                .claim("auth_time", now.getEpochSecond())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString());
        if (!groups.isEmpty()) {
            claims.claim("cognito:groups", groups);
        }
        extra.accept(claims);
        return sign(idKey, claims.build());
    }

    String idToken(String sub, Instant now) {
        return idToken(sub, List.of(), now, c -> {});
    }

    /** An access token: no {@code aud}, {@code client_id} instead, signed with the other key. */
    String accessToken(String sub, Instant now) {
        return sign(accessKey, new JWTClaimsSet.Builder()
                .subject(sub).issuer(issuer).claim("client_id", clientId).claim("token_use", "access")
                .claim("scope", "aws.cognito.signin.user.admin").claim("username", "user-" + sub.substring(0, 8))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1)))).build());
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The same claims signed by a key this pool never had, under this pool's own kid. */
    String forgedIdToken(String sub, Instant now) {
        RSAKey other = generate(idKey.getKeyID());
        SignedJWT original;
        try {
            original = SignedJWT.parse(idToken(sub, now));
            return sign(other, original.getJWTClaimsSet());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
