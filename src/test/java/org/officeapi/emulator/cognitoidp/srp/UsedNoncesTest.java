package org.officeapi.emulator.cognitoidp.srp;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class UsedNoncesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aNonceIsUsedOnce() {
        UsedNonces used = new UsedNonces(10);
        assertThat(used.use("a", T0, T0.minusSeconds(300))).isEqualTo(UsedNonces.Outcome.FIRST_USE);
        assertThat(used.use("a", T0, T0.minusSeconds(300))).isEqualTo(UsedNonces.Outcome.ALREADY_USED);
        assertThat(used.use("b", T0, T0.minusSeconds(300))).isEqualTo(UsedNonces.Outcome.FIRST_USE);
    }

    @Test
    void theMemoryStaysBoundedAndNeverLetsAForgottenNonceBack() {
        UsedNonces used = new UsedNonces(3);
        for (int i = 0; i < 10; i++) {
            assertThat(used.use("n" + i, T0.plusSeconds(i), T0.minusSeconds(300))).isEqualTo(UsedNonces.Outcome.FIRST_USE);
            assertThat(used.size()).isLessThanOrEqualTo(3);
        }
        // n0..n6 were forgotten: their blocks, and any issued no later than n6, are refused from now on
        assertThat(used.use("n0", T0, T0.minusSeconds(300))).isEqualTo(UsedNonces.Outcome.FORGOTTEN);
        assertThat(used.use("unseen-old", T0.plusSeconds(6), T0.minusSeconds(300))).isEqualTo(UsedNonces.Outcome.FORGOTTEN);
        assertThat(used.use("n9", T0.plusSeconds(9), T0.minusSeconds(300))).isEqualTo(UsedNonces.Outcome.ALREADY_USED);
        assertThat(used.use("unseen-new", T0.plusSeconds(7), T0.minusSeconds(300))).isEqualTo(UsedNonces.Outcome.FIRST_USE);
    }

    @Test
    void expiredEntriesLeaveWithoutRefusingFreshBlocks() {
        UsedNonces used = new UsedNonces(100);
        used.use("old", T0, T0.minusSeconds(300));
        assertThat(used.use("fresh", T0.plusSeconds(400), T0.plusSeconds(100))).isEqualTo(UsedNonces.Outcome.FIRST_USE);
        assertThat(used.size()).isEqualTo(1);
        // the old block is past its lifetime anyway; were the clock moved back, it still does not come back
        assertThat(used.use("old", T0, T0.minusSeconds(300))).isEqualTo(UsedNonces.Outcome.FORGOTTEN);
    }
}
