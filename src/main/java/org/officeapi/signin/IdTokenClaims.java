package org.officeapi.signin;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an ID token says about the user's groups and roles, read only after the token is verified as a relying
 * party verifies it: an RS256 signature by a key of the pool's JWKS (fetched from {@code jwksUri}), the pool's
 * issuer, the app client as audience, {@code token_use} id, unexpired at the target's time. Holds claims, never
 * the token.
 */
public record IdTokenClaims(List<String> groups, List<String> roles, Optional<String> preferredRole) {

    public IdTokenClaims {
        groups = List.copyOf(groups);
        roles = List.copyOf(roles);
    }

    /** @throws IllegalStateException when the token does not verify, saying why */
    public static IdTokenClaims verify(String idToken, URI jwksUri, String issuer, String clientId, Clock clock) {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL()).retrying(false).build();
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                    new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "id").build(), Set.of("sub", "exp", "iat")) {
                @Override
                protected Date currentTime() {
                    return Date.from(clock.instant());
                }
            });
            JWTClaimsSet claims = processor.process(idToken, null);
            List<String> groups = claims.getStringListClaim("cognito:groups");
            List<String> roles = claims.getStringListClaim("cognito:roles");
            return new IdTokenClaims(groups == null ? List.of() : groups, roles == null ? List.of() : roles,
                    Optional.ofNullable(claims.getStringClaim("cognito:preferred_role")));
        } catch (BadJOSEException | com.nimbusds.jose.JOSEException | ParseException | MalformedURLException e) {
            throw new IllegalStateException("the ID token does not verify against " + jwksUri + ": " + e.getMessage(), e);
        }
    }
}
