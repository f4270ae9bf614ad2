package org.officeapi.emulator.sts;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.officeapi.emulator.ports.IdentityPoolTokenKeys;

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Checks the web identity token of AssumeRoleWithWebIdentity as STS does for the OpenID tokens of
 * Cognito identity pools: a signed JWT, from a provider STS knows (issuer
 * {@code https://cognito-identity.amazonaws.com}), signed by one of the pool service's keys, not
 * expired, with an audience (the identity pool id) and a subject (the identity id).
 */
final class WebIdentityTokens {

    /** The provider name the trust policy's Federated principal and the condition keys use. */
    static final String COGNITO_IDENTITY = "cognito-identity.amazonaws.com";

    /** What a verified token says. */
    record VerifiedToken(String issuer, String audience, String subject, List<String> amr) {}

    private final IdentityPoolTokenKeys keys;

    WebIdentityTokens(IdentityPoolTokenKeys keys) {
        this.keys = keys;
    }

    VerifiedToken verify(String token, Instant now) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw StsErrors.notAJwt();
        }
        String issuer = claims.getIssuer();
        if (!IdentityPoolTokenKeys.ISSUER.equals(issuer)) {
            // this STS has no IAM OpenID Connect providers: only Cognito identity pool tokens are known
            throw StsErrors.noProvider(issuer == null ? "" : issuer);
        }
        RSAPublicKey key = jwt.getHeader().getKeyID() == null ? null : keys.publicKeys().get(jwt.getHeader().getKeyID());
        if (key == null || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw StsErrors.noVerificationKey();
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw StsErrors.badSignature();
            }
        } catch (JOSEException e) {
            throw StsErrors.badSignature();
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            throw StsErrors.missingClaim("exp");
        }
        if (!now.isBefore(expiry.toInstant())) {
            throw StsErrors.expired(now, expiry.toInstant());
        }
        List<String> audience = claims.getAudience();
        if (audience == null || audience.isEmpty() || audience.get(0).isEmpty()) {
            throw StsErrors.incorrectAudience();
        }
        if (claims.getSubject() == null || claims.getSubject().isEmpty()) {
            throw StsErrors.missingClaim("sub");
        }
        return new VerifiedToken(issuer, audience.get(0), claims.getSubject(), amr(claims));
    }

    /** {@code amr} is an array in Cognito's tokens; a lone string is taken as one value. */
    private static List<String> amr(JWTClaimsSet claims) {
        Object amr = claims.getClaim("amr");
        List<String> out = new ArrayList<>();
        if (amr instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (amr != null) {
            out.add(String.valueOf(amr));
        }
        return out;
    }
}
