package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.apigateway.model.DeploymentRecord;
import org.officeapi.emulator.apigateway.model.LiveStage;
import org.officeapi.emulator.apigateway.model.StageRecord;
import org.officeapi.emulator.core.AccountRegionStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * API Gateway's state: REST APIs per account and region, their tags, and one global index from API id
 * to where the API lives, because an invoke URL names the API by id alone.
 */
public final class ApiGatewayStore {

    /** The state of one account in one region. */
    static final class Regional {
        /** rest API id → the API with its resources, deployments and stages */
        final Map<String, RestApiState> restApis = new ConcurrentHashMap<>();
        /** resource ARN (REST API or stage) → its tags */
        final Map<String, Map<String, String>> tags = new ConcurrentHashMap<>();
    }

    /** Where an API lives. */
    record Location(String accountId, String region) {}

    private final AccountRegionStore<Regional> regions = new AccountRegionStore<>((account, region) -> new Regional());
    /** rest API id → its account and region (ids are unique across the whole embedded AWS) */
    private final Map<String, Location> apiLocations = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    Regional in(String accountId, String region) {
        return regions.get(accountId, region);
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** Claims an id for a new API; false when it is taken (then draw another). */
    boolean claimApiId(String apiId, String accountId, String region) {
        return apiLocations.putIfAbsent(apiId, new Location(accountId, region)) == null;
    }

    void releaseApiId(String apiId) {
        apiLocations.remove(apiId);
    }

    /**
     * The stage an invoke URL names, with the deployment it serves: empty when the API, the stage or its
     * deployment does not exist.
     */
    public Optional<LiveStage> liveStage(String apiId, String stageName) {
        Location location = apiLocations.get(apiId);
        if (location == null) {
            return Optional.empty();
        }
        RestApiState api = in(location.accountId(), location.region()).restApis.get(apiId);
        if (api == null) {
            return Optional.empty();
        }
        StageRecord stage = api.stages.get(stageName);
        if (stage == null) {
            return Optional.empty();
        }
        DeploymentRecord deployment = api.deployments.get(stage.deploymentId());
        if (deployment == null) {
            return Optional.empty();
        }
        return Optional.of(new LiveStage(location.accountId(), location.region(), apiId, stage, deployment.snapshot()));
    }

    public void reset() {
        regions.reset();
        apiLocations.clear();
    }
}
