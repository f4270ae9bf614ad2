package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.apigateway.model.DeploymentRecord;
import org.officeapi.emulator.apigateway.model.ResourceRecord;
import org.officeapi.emulator.apigateway.model.RestApiRecord;
import org.officeapi.emulator.apigateway.model.StageRecord;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything one REST API holds. The records are immutable; a change that touches several of them
 * (a new resource checked against its siblings, a deployment's snapshot) runs under {@link #lock()}, so
 * that concurrent calls on one API see each other's changes whole.
 */
final class RestApiState {

    /** Orders APIs by creation for GetRestApis paging. */
    final long sequence;
    private volatile RestApiRecord record;
    /** resource id → resource (with its methods) */
    final Map<String, ResourceRecord> resources = new ConcurrentHashMap<>();
    /** deployment id → deployment */
    final Map<String, DeploymentRecord> deployments = new ConcurrentHashMap<>();
    /** stage name → stage */
    final Map<String, StageRecord> stages = new ConcurrentHashMap<>();

    RestApiState(long sequence, RestApiRecord record) {
        this.sequence = sequence;
        this.record = record;
    }

    RestApiRecord record() {
        return record;
    }

    void record(RestApiRecord updated) {
        this.record = updated;
    }

    Object lock() {
        return this;
    }
}
