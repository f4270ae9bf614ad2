package org.officeapi.stack;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoversTest {

    private final Leftovers.Selector stale = Leftovers.staleRuns(Instant.parse("2026-11-27T12:00:00Z"));

    @Test
    void onlyWhatARunTaggedBeforeTheCutoffIsStale() {
        assertThat(stale.selects("oaa-abc-x", Map.of(ResourceNames.RUN_TAG, "abc", ResourceNames.STARTED_TAG, "2026-11-27T05:00:00Z"))).isTrue();
        assertThat(stale.selects("oaa-abc-x", Map.of(ResourceNames.RUN_TAG, "abc", ResourceNames.STARTED_TAG, "2026-11-27T13:00:00Z"))).isFalse();
    }

    @Test
    void whatIsNotNamedLikeTheSuitesIsNeverTouchedEvenIfTagged() {
        assertThat(stale.selects("prod-admin", Map.of(ResourceNames.RUN_TAG, "abc", ResourceNames.STARTED_TAG, "2020-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void aRunsOwnResourcesAreFoundWhateverTheirTags() {
        Leftovers.Selector run = Leftovers.ofRun(new ResourceNames("abc", Instant.EPOCH));
        assertThat(run.selects("oaa-abc-office-api", Map.of())).isTrue();
        assertThat(run.selects("oaa_abc_office_identities", Map.of())).isTrue();
        assertThat(run.selects("oaa-xyz-office-api", Map.of())).isFalse();
    }

    @Test
    void untaggedOrOddlyTaggedResourcesAreNeverTouched() {
        assertThat(stale.selects("oaa-abc-x", Map.of())).isFalse();
        assertThat(stale.selects("oaa-abc-x", null)).isFalse();
        assertThat(stale.selects("oaa-abc-x", Map.of(ResourceNames.STARTED_TAG, "2020-01-01T00:00:00Z"))).isFalse();
        assertThat(stale.selects("oaa-abc-x", Map.of(ResourceNames.RUN_TAG, "abc", ResourceNames.STARTED_TAG, "yesterday"))).isFalse();
    }
}
