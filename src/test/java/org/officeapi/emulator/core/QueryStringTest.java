package org.officeapi.emulator.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a raw query string is split, whatever the caller's decoding. */
class QueryStringTest {

    private static final UnaryOperator<String> AS_SENT = UnaryOperator.identity();

    @Test
    void piecesAreSplitAtTheFirstEqualsSignAndAPieceWithoutOneHasAnEmptyValue() {
        assertThat(QueryString.pairs("a=1&flag&b=x=y&c=", AS_SENT)).containsExactly(
                new QueryString.Pair("a", "1"), new QueryString.Pair("flag", ""), new QueryString.Pair("b", "x=y"),
                new QueryString.Pair("c", ""));
    }

    @Test
    void emptyPiecesAndAnEmptyOrMissingQueryGiveNothing() {
        assertThat(QueryString.pairs("&&a=1&", AS_SENT)).containsExactly(new QueryString.Pair("a", "1"));
        assertThat(QueryString.pairs("", AS_SENT)).isEmpty();
        assertThat(QueryString.pairs(null, AS_SENT)).isEmpty();
    }

    @Test
    void parametersKeepTheOrderOfNamesAndEveryValueOfARepeatedName() {
        Map<String, List<String>> parameters = QueryString.parameters("b=2&a=1&b=3", AS_SENT);

        assertThat(parameters).containsExactly(Map.entry("b", List.of("2", "3")), Map.entry("a", List.of("1")));
    }

    @Test
    void namesAndValuesAreDecodedByTheCallersRuleWhichMayRefuseThem() {
        assertThat(QueryString.parameters("N=v", String::toLowerCase)).containsExactly(Map.entry("n", List.of("v")));
        assertThatThrownBy(() -> QueryString.pairs("a=%zz", raw -> {
            if (raw.contains("%zz")) {
                throw new IllegalArgumentException("malformed");
            }
            return raw;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("malformed");
    }
}
