package org.officeapi.emulator;

import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.AwsHttpServer;

import java.net.URI;
import java.time.Duration;

/**
 * The embedded AWS, started in-process on a loopback port: Cognito user pools and identity pools,
 * IAM, STS, Lambda and API Gateway behind one endpoint, in the spirit of Testcontainers'
 * {@code LocalStackContainer}.
 * <pre>{@code
 * try (EmbeddedAws aws = EmbeddedAws.start()) {
 *     StsClient sts = StsClient.builder()
 *             .endpointOverride(aws.endpoint())
 *             .region(Region.of(aws.region()))
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))
 *             .build();
 * }
 * }</pre>
 */
public final class EmbeddedAws implements AutoCloseable {

    private final EmulatorConfig config;
    private final AwsClock clock;
    private final ServiceWiring services;
    private final AwsHttpServer server;

    private EmbeddedAws(EmulatorConfig config) {
        this.config = config;
        this.clock = new AwsClock();
        this.services = new ServiceWiring(config, clock);
        this.server = AwsHttpServer.start(config.host(), config.port(), services::router, clock);
        services.serving(endpoint());
    }

    /** Starts with the defaults: 127.0.0.1, a free port, us-east-1, account 000000000000, keys test/test. */
    public static EmbeddedAws start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}: the endpoint override for every service's client. */
    public URI endpoint() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + server.port());
    }

    public int port() {
        return server.port();
    }

    public String region() {
        return config.region();
    }

    public String accountId() {
        return config.accountId();
    }

    public String accessKey() {
        return config.accessKey();
    }

    public String secretKey() {
        return config.secretKey();
    }

    /** The clock every service judges time by. Moving it is how expiry is tested without waiting. */
    public AwsClock clock() {
        return clock;
    }

    /** Forgets every resource in every account and region, and puts the clock back. */
    public void reset() {
        services.reset();
    }

    @Override
    public void close() {
        server.close();
        services.close();
    }

    public static final class Builder {
        private String host = EmulatorConfig.DEFAULT_HOST;
        private int port;
        private String region = EmulatorConfig.DEFAULT_REGION;
        private String accountId = EmulatorConfig.DEFAULT_ACCOUNT;
        private String accessKey = EmulatorConfig.DEFAULT_ACCESS_KEY;
        private String secretKey = EmulatorConfig.DEFAULT_SECRET_KEY;
        private boolean clockControl;
        private Duration iamPropagationDelay = Duration.ZERO;

        private Builder() {}

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder credentials(String accessKey, String secretKey) {
            this.accessKey = accessKey;
            this.secretKey = secretKey;
            return this;
        }

        /** Serves {@code /_emulator/clock}, through which any client may move the clock. Off by default. */
        public Builder clockControl(boolean enabled) {
            this.clockControl = enabled;
            return this;
        }

        /** How long a new role or policy takes to take effect, as IAM's eventual consistency does. */
        public Builder iamPropagationDelay(Duration delay) {
            this.iamPropagationDelay = delay;
            return this;
        }

        public EmulatorConfig config() {
            return new EmulatorConfig(host, port, region, accountId, accessKey, secretKey, clockControl, iamPropagationDelay);
        }

        public EmbeddedAws start() {
            return new EmbeddedAws(config());
        }
    }
}
