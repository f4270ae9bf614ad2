package org.officeapi.srp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SrpTimestampTest {

    @Test
    void theDayIsNotPaddedButTheTimeIs() {
        assertThat(SrpTimestamp.format(Instant.parse("2026-12-01T09:05:07Z"))).isEqualTo("Tue Dec 1 09:05:07 UTC 2026");
        assertThat(SrpTimestamp.format(Instant.parse("2026-11-27T02:36:04.999Z"))).isEqualTo("Fri Nov 27 02:36:04 UTC 2026");
    }

    @Test
    void namesAreEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(SrpTimestamp.format(Instant.parse("2026-03-03T10:00:00Z"))).isEqualTo("Tue Mar 3 10:00:00 UTC 2026");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aPaddedDayOrAWrongWeekdayIsReadButIsNotCanonical() {
        assertThat(SrpTimestamp.parse("Tue Dec 01 09:05:07 UTC 2026")).contains(Instant.parse("2026-12-01T09:05:07Z"));
        assertThat(SrpTimestamp.canonical("Tue Dec 01 09:05:07 UTC 2026")).contains("Tue Dec 1 09:05:07 UTC 2026");
        assertThat(SrpTimestamp.canonical("Mon Dec 1 09:05:07 UTC 2026")).contains("Tue Dec 1 09:05:07 UTC 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Tue Dec 1 09:05:07 GMT 2026", "Tue Dec 1 09:05:07 UTC", "2026-12-01T09:05:07Z",
            "Tue Dez 1 09:05:07 UTC 2026", "Die Dec 1 09:05:07 UTC 2026", "Tue Feb 30 09:05:07 UTC 2026",
            "Tue Dec 1 24:05:07 UTC 2026", "Tue Dec 1 09:60:07 UTC 2026", "Tue Dec 1 09:05:07 UTC 2026 ",
            "Tue Dec 123 09:05:07 UTC 2026", "Tue  Dec 1 09:05:07 UTC 2026", "Mon Feb 12 15:56:9 IST 2018"})
    void anythingElseIsMalformed(String timestamp) {
        assertThat(SrpTimestamp.parse(timestamp)).isEmpty();
    }

    @Test
    void nullIsMalformed() {
        assertThat(SrpTimestamp.parse(null)).isEmpty();
    }
}
