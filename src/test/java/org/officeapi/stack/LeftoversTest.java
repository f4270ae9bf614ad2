package org.officeapi.stack;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoversTest {

    private final Leftovers leftovers = new Leftovers(null, Instant.parse("2026-11-27T12:00:00Z"));

    @Test
    void onlyWhatARunTaggedBeforeTheCutoffIsStale() {
        assertThat(leftovers.stale(Map.of(ResourceNames.RUN_TAG, "abc", ResourceNames.STARTED_TAG, "2026-11-27T05:00:00Z"))).isTrue();
        assertThat(leftovers.stale(Map.of(ResourceNames.RUN_TAG, "abc", ResourceNames.STARTED_TAG, "2026-11-27T13:00:00Z"))).isFalse();
    }

    @Test
    void untaggedOrOddlyTaggedResourcesAreNeverTouched() {
        assertThat(leftovers.stale(Map.of())).isFalse();
        assertThat(leftovers.stale(null)).isFalse();
        assertThat(leftovers.stale(Map.of(ResourceNames.STARTED_TAG, "2020-01-01T00:00:00Z"))).isFalse();
        assertThat(leftovers.stale(Map.of(ResourceNames.RUN_TAG, "abc", ResourceNames.STARTED_TAG, "yesterday"))).isFalse();
    }
}
