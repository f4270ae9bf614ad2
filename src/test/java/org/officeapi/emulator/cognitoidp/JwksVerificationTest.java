package org.officeapi.emulator.cognitoidp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

/**
 * Tokens verified the way a real verifier does it (reference §1.5): discover the pool's JWKS through its
 * openid-configuration, fetch it over HTTP, and let Nimbus check signature, kid, issuer, audience and expiry.
 */
class JwksVerificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;
    private static String pool;
    private static String app;
    private static AuthenticationResultType tokens;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        idp = client(aws);
        pool = newPool(idp);
        app = passwordClient(idp, pool).clientId();
        confirmedUser(idp, pool, "rose");
        tokens = signIn(idp, app, "rose", PASSWORD);
    }

    @AfterAll
    static void stop() {
        idp.close();
        aws.close();
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static DefaultJWTProcessor<SecurityContext> verifier(String jwksUri, String issuer, String audience, String tokenUse) throws Exception {
        // a pool makes its keys on first use: give that more than Nimbus's default 500 ms on a busy machine
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(new URL(jwksUri),
                new com.nimbusds.jose.util.DefaultResourceRetriever(10_000, 10_000)).retrying(false).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", tokenUse).build(), Set.of("sub", "exp", "iat", "auth_time")));
        return processor;
    }

    @Test
    void anIdTokenVerifiesAgainstTheJwksServedOverHttp() throws Exception {
        String issuer = "https://cognito-idp.us-east-1.amazonaws.com/" + pool;
        JsonNode discovery = get(aws.endpoint() + "/" + pool + "/.well-known/openid-configuration");
        assertThat(discovery.path("issuer").asText()).isEqualTo(issuer);
        String jwksUri = discovery.path("jwks_uri").asText();
        assertThat(jwksUri).isEqualTo(aws.endpoint() + "/" + pool + "/.well-known/jwks.json");

        JWTClaimsSet claims = verifier(jwksUri, issuer, app, "id").process(tokens.idToken(), null);

        assertThat(claims.getStringClaim("cognito:username")).isEqualTo("rose");
    }

    @Test
    void theAccessTokenVerifiesWithTheOtherKeyAndCarriesNoAudience() throws Exception {
        String issuer = "https://cognito-idp.us-east-1.amazonaws.com/" + pool;
        String jwksUri = aws.endpoint() + "/" + pool + "/.well-known/jwks.json";

        JWTClaimsSet claims = verifier(jwksUri, issuer, null, "access").process(tokens.accessToken(), null);

        assertThat(claims.getStringClaim("client_id")).isEqualTo(app);
        assertThat(SignedJWT.parse(tokens.accessToken()).getHeader().getKeyID())
                .isNotEqualTo(SignedJWT.parse(tokens.idToken()).getHeader().getKeyID());
    }

    @Test
    void theJwksHoldsTwoPublicRs256SigningKeys() throws Exception {
        JWKSet keys = JWKSet.parse(get(aws.endpoint() + "/" + pool + "/.well-known/jwks.json").toString());

        assertThat(keys.getKeys()).hasSize(2);
        for (JWK key : keys.getKeys()) {
            assertThat(key.getKeyType().getValue()).isEqualTo("RSA");
            assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
            assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.toRSAKey().getPublicExponent().toString()).isEqualTo("AQAB");
        }
        assertThat(keys.getKeys()).extracting(JWK::getKeyID).containsExactlyInAnyOrder(
                SignedJWT.parse(tokens.idToken()).getHeader().getKeyID(), SignedJWT.parse(tokens.accessToken()).getHeader().getKeyID());
    }

    @Test
    void anotherPoolsKeysDoNotVerifyTheToken() throws Exception {
        String otherPool = newPool(idp);
        String otherJwks = aws.endpoint() + "/" + otherPool + "/.well-known/jwks.json";

        assertThatThrownBy(() -> verifier(otherJwks, "https://cognito-idp.us-east-1.amazonaws.com/" + pool, app, "id")
                .process(tokens.idToken(), null)).isInstanceOf(BadJOSEException.class);
    }

    @Test
    void aVerifierExpectingAnotherAudienceRefusesTheToken() throws Exception {
        String jwksUri = aws.endpoint() + "/" + pool + "/.well-known/jwks.json";

        assertThatThrownBy(() -> verifier(jwksUri, "https://cognito-idp.us-east-1.amazonaws.com/" + pool, "someoneelse", "id")
                .process(tokens.idToken(), null)).isInstanceOf(BadJOSEException.class);
    }
}
