package org.officeapi.emulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.AwsHttpServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkGlobalTime;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The embedded AWS's services wired as {@link EmbeddedAws} wires them, but with a signing key for
 * Cognito identity pool tokens that the test holds, so that STS's classic flow can be driven end to
 * end before Cognito identity pools exist: the test mints the OpenID token a pool would issue.
 */
final class WiredAws implements AutoCloseable {

    static final String KEY_ID = "test-identity-pool-key";

    private final EmulatorConfig config;
    private final AwsClock clock = new AwsClock();
    private final RSAKey signingKey;
    private final AwsHttpServer server;

    WiredAws(Duration iamPropagationDelay) {
        this.config = EmbeddedAws.builder().iamPropagationDelay(iamPropagationDelay).config();
        try {
            this.signingKey = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
            RSAPublicKey publicKey = signingKey.toRSAPublicKey();
            ServiceWiring wiring = new ServiceWiring(config, clock, () -> Map.of(KEY_ID, publicKey));
            this.server = AwsHttpServer.start(config.host(), 0, wiring::router, clock);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    AwsClock clock() {
        return clock;
    }

    /**
     * Moves the embedded AWS's clock and the SDK's signing clock together. The SDK keeps one clock
     * correction for the whole JVM ({@link SdkGlobalTime}) and sets it itself from the server's Date
     * header after a skew error; keeping it in step with the moved clock lets requests be signed "now"
     * for the server, as a client in step with AWS would sign them, and {@link #close()} puts it back
     * so that one test's time travel does not leak into the next.
     */
    void advance(Duration amount) {
        clock.advance(amount);
        SdkGlobalTime.setGlobalTimeOffset((int) -clock.offset().getSeconds());
    }

    URI endpoint() {
        return URI.create("http://" + config.host() + ":" + server.port());
    }

    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C rootClient(B builder) {
        return client(builder, AwsBasicCredentials.create(config.accessKey(), config.secretKey()));
    }

    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder, AwsCredentials credentials) {
        return builder.endpointOverride(endpoint())
                .httpClientBuilder(Apache5HttpClient.builder())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(b -> b.maxAttempts(1)).build())
                .build();
    }

    /** An OpenID token as a Cognito identity pool issues it (GetOpenIdToken), valid for ten minutes from the clock. */
    String identityPoolToken(String identityPoolId, String identityId, List<String> amr) {
        return token(new JWTClaimsSet.Builder()
                .issuer("https://cognito-identity.amazonaws.com")
                .audience(identityPoolId)
                .subject(identityId)
                .claim("amr", amr)
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(10))))
                .build(), signingKey);
    }

    static String token(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        SdkGlobalTime.setGlobalTimeOffset(0);
        server.close();
    }
}
