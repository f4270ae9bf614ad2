package org.officeapi.emulator.auth.policy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of evaluating policies for one request, with what decided it: the deny statements
 * behind an explicit deny, the allow statements behind an allow, nothing behind an implicit deny.
 *
 * @param matched             the statements that decided (denies for an explicit deny, allows for an allow)
 * @param missingContextKeys  condition keys the applicable statements ask for that the request did not carry
 */
public record Evaluation(Decision decision, List<StatementMatch> matched, Set<String> missingContextKeys,
                         String action, String resource) {

    public enum Decision {
        ALLOWED("allowed"),
        EXPLICIT_DENY("explicitDeny"),
        IMPLICIT_DENY("implicitDeny");

        private final String simulatorName;

        Decision(String simulatorName) {
            this.simulatorName = simulatorName;
        }

        /** How SimulatePrincipalPolicy spells it. */
        public String simulatorName() {
            return simulatorName;
        }
    }

    public Evaluation {
        matched = List.copyOf(matched);
        missingContextKeys = Set.copyOf(missingContextKeys);
    }

    public boolean allowed() {
        return decision == Decision.ALLOWED;
    }

    /** Why, in a sentence a report can show next to a 403 (or a 200). */
    public String reason() {
        String decided = matched.stream().map(StatementMatch::describe).collect(Collectors.joining("; "));
        return switch (decision) {
            case ALLOWED -> action + " on " + resource + " is allowed by " + decided;
            case EXPLICIT_DENY -> action + " on " + resource + " is explicitly denied by " + decided;
            case IMPLICIT_DENY -> "no statement allows " + action + " on " + resource;
        };
    }
}
