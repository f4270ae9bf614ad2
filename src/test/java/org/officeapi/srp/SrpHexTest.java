package org.officeapi.srp;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SrpHexTest {

    @Test
    void padHexOfTheGroupStartsWithASignByte() {
        assertThat(SrpHex.padHex(SrpGroup.N)).startsWith("00ffffffffffffffffc90f").hasSize(770);
        assertThat(SrpHex.padHex(SrpGroup.G)).isEqualTo("02");
    }

    @Test
    void negativeNumbersAreRefused() {
        assertThatThrownBy(() -> SrpHex.padHex(BigInteger.valueOf(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyHexDigitsAreRead() {
        assertThat(SrpHex.parseUnsigned("00Ff")).isEqualTo(BigInteger.valueOf(255));
        for (String bad : new String[] {"", "-1", "+1", "0x1f", "1g", " 1", "１"}) {
            assertThatThrownBy(() -> SrpHex.parseUnsigned(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SrpHex.parseUnsigned(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePoolNameIsWhatFollowsTheUnderscore() {
        assertThat(Srp6a.poolName("us-east-1_AbC123")).isEqualTo("AbC123");
        assertThatThrownBy(() -> Srp6a.poolName("nounderscore")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Srp6a.poolName("us-east-1_")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constantTimeEqualityComparesContentAndLength() {
        assertThat(ConstantTime.equals(new byte[] {1, 2}, new byte[] {1, 2})).isTrue();
        assertThat(ConstantTime.equals(new byte[] {1, 2}, new byte[] {1, 3})).isFalse();
        assertThat(ConstantTime.equals(new byte[] {1, 2}, new byte[] {1, 2, 0})).isFalse();
        assertThat(ConstantTime.equals("abc", "abc")).isTrue();
        assertThat(ConstantTime.equals("abc", "abd")).isFalse();
    }
}
