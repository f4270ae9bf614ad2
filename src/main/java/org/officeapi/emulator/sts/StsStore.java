package org.officeapi.emulator.sts;

import org.officeapi.emulator.sts.model.RoleSession;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * STS's state: the role sessions it started. Access keys are globally unique in AWS, so sessions are
 * indexed by access key id across accounts. Expired sessions are kept, so that their keys are still
 * recognised (and refused as expired, as AWS does) rather than reported as unknown.
 */
public final class StsStore {

    /** access key id (ASIA…) → the session it belongs to */
    private final Map<String, RoleSession> sessionsByAccessKey = new ConcurrentHashMap<>();

    void add(RoleSession session) {
        sessionsByAccessKey.put(session.accessKeyId(), session);
    }

    Optional<RoleSession> byAccessKey(String accessKeyId) {
        return Optional.ofNullable(sessionsByAccessKey.get(accessKeyId));
    }

    public void reset() {
        sessionsByAccessKey.clear();
    }
}
