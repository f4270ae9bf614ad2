package org.officeapi.emulator.auth.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A policy value after its variables were replaced: code points, with the wildcards {@code *} and
 * {@code ?} written in the policy kept apart from the same characters that came from a request
 * value or from the escapes {@code ${*}} and {@code ${?}}, which match only themselves.
 */
final class ValuePattern {

    static final int ANY_RUN = -1;
    static final int ANY_ONE = -2;

    private final int[] units;

    private ValuePattern(int[] units) {
        this.units = units;
    }

    /** Every character literal except unescaped {@code *} and {@code ?}: a policy value without variables. */
    static ValuePattern of(String text) {
        return new ValuePattern(text.codePoints().map(c -> c == '*' ? ANY_RUN : c == '?' ? ANY_ONE : c).toArray());
    }

    static final class Builder {
        private final List<Integer> units = new ArrayList<>();

        Builder wildcardsOf(String text) {
            text.codePoints().forEach(c -> units.add(c == '*' ? ANY_RUN : c == '?' ? ANY_ONE : c));
            return this;
        }

        Builder literal(String text) {
            text.codePoints().forEach(units::add);
            return this;
        }

        ValuePattern build() {
            return new ValuePattern(units.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The value as plain text (wildcards written as {@code *} and {@code ?}), for operators without wildcards. */
    String literal() {
        StringBuilder out = new StringBuilder();
        for (int unit : units) {
            out.appendCodePoint(unit == ANY_RUN ? '*' : unit == ANY_ONE ? '?' : unit);
        }
        return out.toString();
    }

    boolean isEverything() {
        return units.length == 1 && units[0] == ANY_RUN;
    }

    /** Whole-value match with {@code *} (any run, also empty) and {@code ?} (exactly one character). */
    boolean matches(String value, boolean ignoreCase) {
        return matches(units, value.codePoints().toArray(), ignoreCase);
    }

    static boolean matches(int[] pattern, int[] value, boolean ignoreCase) {
        int p = 0;
        int v = 0;
        int starAt = -1;
        int resumeAt = 0;
        while (v < value.length) {
            if (p < pattern.length && (pattern[p] == ANY_ONE || pattern[p] >= 0 && same(pattern[p], value[v], ignoreCase))) {
                p++;
                v++;
            } else if (p < pattern.length && pattern[p] == ANY_RUN) {
                starAt = p++;
                resumeAt = v;
            } else if (starAt >= 0) {
                p = starAt + 1;
                v = ++resumeAt;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == ANY_RUN) {
            p++;
        }
        return p == pattern.length;
    }

    private static boolean same(int a, int b, boolean ignoreCase) {
        return a == b || ignoreCase && (Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b));
    }

    /** Splits at the first {@code limit - 1} literal colons, as ARNs are split into their segments. */
    int[][] split(int limit) {
        List<int[]> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < units.length && parts.size() < limit - 1; i++) {
            if (units[i] == ':') {
                parts.add(Arrays.copyOfRange(units, from, i));
                from = i + 1;
            }
        }
        parts.add(Arrays.copyOfRange(units, from, units.length));
        return parts.toArray(new int[0][]);
    }

    @Override
    public String toString() {
        return literal();
    }
}
