package org.officeapi.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How an embedded AWS is set up: where it listens, which account and region it is, the root
 * credentials it accepts, and the switches real AWS does not have (clock control, simulated IAM
 * propagation delay).
 */
public record EmulatorConfig(String host, int port, String region, String accountId, String accessKey, String secretKey,
                             boolean clockControl, Duration iamPropagationDelay) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT = "000000000000";
    public static final String DEFAULT_ACCESS_KEY = "test";
    public static final String DEFAULT_SECRET_KEY = "test";

    public EmulatorConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(iamPropagationDelay, "iamPropagationDelay");
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("an AWS account id is 12 digits, not '" + accountId + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("no such port: " + port);
        }
    }

    public static EmulatorConfig defaults() {
        return new EmulatorConfig(DEFAULT_HOST, 0, DEFAULT_REGION, DEFAULT_ACCOUNT, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY,
                false, Duration.ZERO);
    }

    @Override
    public String toString() {
        return "EmulatorConfig[" + host + ":" + port + ", " + region + ", account " + accountId + ", access key " + accessKey + "]";
    }
}
