package org.officeapi.target;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Where the suite runs: the embedded AWS, LocalStack, a real account, or a stack that is already
 * deployed. Scenarios and steps are the same for all; a target only says how to reach AWS there and
 * what it cannot honour.
 */
public interface Target extends AutoCloseable {

    /** {@code embedded}, {@code localstack}, {@code aws} or {@code existing}. */
    String name();

    Region region();

    /** The endpoint every service is reached at, when it is not AWS's own (embedded, LocalStack, a test double). */
    Optional<URI> endpointOverride();

    /** The credentials that provision and inspect the stack (never a test user's). */
    AwsCredentialsProvider credentials();

    /** SDK clients for this target, built once and closed with it. */
    AwsClients clients();

    /**
     * The base URL of a deployed API; the stage and the resource path follow it, e.g.
     * {@code https://abc123.execute-api.us-east-1.amazonaws.com} + {@code /api/user}.
     */
    URI invokeUrl(String apiId);

    /** The time the target's services judge by; requests are signed with it. */
    Clock clock();

    /** A way to move the target's clock, where the target has one (never on real AWS). */
    Optional<TimeMachine> timeMachine();

    /** Whether the suite creates (and removes) the stack here, or finds it already deployed. */
    boolean provisions();

    /** Scenario tags this target cannot honour, each with the reason the report shows. */
    Map<String, String> unsupportedTags();

    @Override
    void close();
}
