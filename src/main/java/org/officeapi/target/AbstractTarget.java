package org.officeapi.target;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every target has: a region, the endpoint its services are reached at (none for AWS's own), the
 * credentials that provision and inspect the stack, SDK clients built from those (closed with the target),
 * and its clock. A target adds only what is its own: its name, whose clock it is, what else it cannot
 * honour, and what else it starts and stops.
 */
abstract class AbstractTarget implements Target {

    private final Region region;
    private final URI endpoint;
    private final AwsCredentialsProvider credentials;
    private final AwsClients clients;
    private final TargetClock clock;

    /** @param endpoint where every service is reached, or null for AWS's own endpoints */
    AbstractTarget(Region region, URI endpoint, AwsCredentialsProvider credentials, TargetClock clock) {
        this.region = region;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.clients = new AwsClients(region, endpoint, credentials);
        this.clock = clock;
    }

    /** Whose clock it is, as the reason for skipping a scenario that moves time names it ({@code AWS's}). */
    protected abstract String whoseClock();

    /** Scenario tags this target cannot honour whatever its clock, each with its reason; none unless it says so. */
    protected Map<String, String> unsupportedTagsBesidesTime() {
        return Map.of();
    }

    @Override
    public final Region region() {
        return region;
    }

    @Override
    public final Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }

    @Override
    public final AwsCredentialsProvider credentials() {
        return credentials;
    }

    @Override
    public final AwsClients clients() {
        return clients;
    }

    /**
     * AWS's own host for the API, or, at an endpoint, LocalStack's path layout, which the embedded AWS also
     * serves: {@code {endpoint}/_aws/execute-api/{apiId}}.
     */
    @Override
    public URI invokeUrl(String apiId) {
        return endpoint == null ? URI.create("https://" + apiId + ".execute-api." + region.id() + ".amazonaws.com")
                : URI.create(endpoint + "/_aws/execute-api/" + apiId);
    }

    @Override
    public final Clock clock() {
        return clock.clock();
    }

    @Override
    public final Optional<TimeMachine> timeMachine() {
        return clock.timeMachine();
    }

    /** Creates and removes the stack, unless the target says otherwise. */
    @Override
    public boolean provisions() {
        return true;
    }

    @Override
    public final Map<String, String> unsupportedTags() {
        Map<String, String> unsupported = new LinkedHashMap<>(unsupportedTagsBesidesTime());
        if (timeMachine().isEmpty()) {
            unsupported.put("@moves-time", whoseClock() + " clock cannot be moved, and the scenario would have to wait for tokens"
                    + " or credentials to expire");
        }
        return Map.copyOf(unsupported);
    }

    /** Closes the clients; a target that started more stops that after. */
    @Override
    public void close() {
        clients.close();
    }
}
