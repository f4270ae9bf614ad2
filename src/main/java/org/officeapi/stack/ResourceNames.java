package org.officeapi.stack;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;

/**
 * Physical names for what a run creates: every name starts with {@code oaa-<runId>-}, so that a run
 * only ever deletes what it created, and a sweep can find what an interrupted run left behind.
 */
public record ResourceNames(String runId, Instant startedAt) {

    public static final String PREFIX = "oaa-";
    public static final String RUN_TAG = "oaa:run";
    public static final String STARTED_TAG = "oaa:started";

    public static ResourceNames newRun(Instant now) {
        SecureRandom random = new SecureRandom();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            id.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
        }
        return new ResourceNames(id.toString(), now);
    }

    public String prefix() {
        return PREFIX + runId + "-";
    }

    /** A name for a logical resource (role, pool, API, function, user), unique to this run. */
    public String of(String logicalName) {
        return prefix() + logicalName;
    }

    /** A lower-case variant for names AWS restricts to lower case. */
    public String lowerOf(String logicalName) {
        return of(logicalName).toLowerCase(Locale.ROOT);
    }

    public boolean owns(String physicalName) {
        return physicalName != null && physicalName.startsWith(prefix());
    }
}
