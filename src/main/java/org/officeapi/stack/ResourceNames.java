package org.officeapi.stack;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;

/**
 * Physical names for what a run creates: every name starts with {@code oaa-<runId>-}, so that a run
 * only ever deletes what it created, and a sweep can find what an interrupted run left behind. A run
 * that provisions several stacks (features whose Backgrounds differ) names each stack after the first
 * within a scope of its own ({@code oaa-<runId>-s2-…}), so that their roles, pools and functions never
 * collide.
 *
 * @param scope what follows the run's prefix in every name of one stack: empty, or e.g. {@code s2-}
 */
public record ResourceNames(String runId, Instant startedAt, String scope) {

    public ResourceNames(String runId, Instant startedAt) {
        this(runId, startedAt, "");
    }

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

    /** A name for a logical resource (role, pool, API, function, user), unique to this run and stack. */
    public String of(String logicalName) {
        return prefix() + scope + logicalName;
    }

    /** The same run's names, within a scope of their own (for another stack of the run). */
    public ResourceNames scoped(String newScope) {
        return new ResourceNames(runId, startedAt, newScope + "-");
    }

    /** A lower-case variant for names AWS restricts to lower case. */
    public String lowerOf(String logicalName) {
        return of(logicalName).toLowerCase(Locale.ROOT);
    }

    public boolean owns(String physicalName) {
        return physicalName != null && physicalName.startsWith(prefix());
    }
}
