package org.officeapi.emulator.auth.policy;

import java.util.Arrays;

/**
 * Matches a resource ARN against a policy's ARN pattern the way IAM does for {@code Resource} and
 * for {@code ArnLike}/{@code ArnEquals}: segment by segment ({@code arn:partition:service:region:account:resource}),
 * case-sensitive, {@code *} and {@code ?} inside a segment, and {@code *} in the resource segment
 * running across {@code /} and {@code :}. A pattern with fewer segments whose last one ends in {@code *}
 * lets that {@code *} run over the remaining segments too.
 */
final class ArnMatcher {

    private static final int SEGMENTS = 6;

    private ArnMatcher() {}

    static boolean matches(ValuePattern pattern, String value) {
        if (pattern.isEverything()) {
            return true;
        }
        int[][] wanted = pattern.split(SEGMENTS);
        String[] given = value.split(":", SEGMENTS);
        if (given.length < SEGMENTS || wanted.length < 2) {
            // not an ARN on one side or the other: the value has to match as a whole
            return pattern.matches(value, false);
        }
        if (wanted.length == SEGMENTS) {
            for (int i = 0; i < SEGMENTS; i++) {
                if (!ValuePattern.matches(wanted[i], given[i].codePoints().toArray(), false)) {
                    return false;
                }
            }
            return true;
        }
        int[] last = wanted[wanted.length - 1];
        if (last.length == 0 || last[last.length - 1] != ValuePattern.ANY_RUN) {
            return false;
        }
        for (int i = 0; i < wanted.length - 1; i++) {
            if (!ValuePattern.matches(wanted[i], given[i].codePoints().toArray(), false)) {
                return false;
            }
        }
        String rest = String.join(":", Arrays.copyOfRange(given, wanted.length - 1, given.length));
        return ValuePattern.matches(last, rest.codePoints().toArray(), false);
    }
}
