package org.officeapi.emulator.cognitoidentity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.ports.IdentityPoolTokenKeys;

import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The identity pools' own signing key and the OpenID tokens GetOpenIdToken hands out (reference §2.7):
 * RS256, issuer {@code https://cognito-identity.amazonaws.com}, audience the identity pool id, subject
 * the identity id, the {@code amr} values, valid 10 minutes. One key pair per embedded AWS, made at
 * start, never written anywhere; STS verifies the tokens through {@link IdentityPoolTokenKeys}.
 */
final class OpenIdTokenSigner implements IdentityPoolTokenKeys {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final RSAKey key;
    private final RSASSASigner signer;

    OpenIdTokenSigner() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID("cognito-identity-" + Ids.lowerAlnum(12))
                    .algorithm(JWSAlgorithm.RS256).keyUse(KeyUse.SIGNATURE).generate();
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation is part of every JRE", e);
        }
    }

    String sign(String identityPoolId, String identityId, List<String> amr, Instant now) {
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(identityId)
                .audience(identityPoolId)
                .claim("amr", amr)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with a freshly generated RSA key cannot fail", e);
        }
        return jwt.serialize();
    }

    @Override
    public Map<String, RSAPublicKey> publicKeys() {
        try {
            return Map.of(key.getKeyID(), key.toRSAPublicKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("an RSA JWK always has a public key", e);
        }
    }

    /** The public half as a JWKS document, as {@code https://cognito-identity.amazonaws.com/.well-known/jwks_uri} serves it. */
    String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }
}
