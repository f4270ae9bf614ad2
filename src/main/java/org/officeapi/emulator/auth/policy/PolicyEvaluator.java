package org.officeapi.emulator.auth.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * IAM's evaluation logic inside one account: start from an implicit deny; any applicable Deny
 * statement makes it an explicit deny; otherwise any applicable Allow statement allows.
 * A statement applies when its principal (if the evaluation has one), action, resource and every
 * condition match the request.
 */
public final class PolicyEvaluator {

    private PolicyEvaluator() {}

    public static Evaluation evaluate(List<PolicySource> policies, RequestContext request) {
        List<StatementMatch> denies = new ArrayList<>();
        List<StatementMatch> allows = new ArrayList<>();
        Set<String> missing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (PolicySource policy : policies) {
            for (Statement statement : policy.document().statements()) {
                if (applies(statement, policy.document(), request, missing)) {
                    (statement.effect() == Effect.DENY ? denies : allows).add(new StatementMatch(policy, statement));
                }
            }
        }
        Evaluation.Decision decision = !denies.isEmpty() ? Evaluation.Decision.EXPLICIT_DENY
                : !allows.isEmpty() ? Evaluation.Decision.ALLOWED : Evaluation.Decision.IMPLICIT_DENY;
        List<StatementMatch> decisive = decision == Evaluation.Decision.EXPLICIT_DENY ? denies
                : decision == Evaluation.Decision.ALLOWED ? allows : List.of();
        return new Evaluation(decision, decisive, missing, request.action(), request.resource());
    }

    static boolean applies(Statement statement, PolicyDocument document, RequestContext request, Set<String> missingKeys) {
        if (request.principalType() != null && statement.principals() != null
                && statement.principals().names(request.principalType(), request.principal()) == statement.notPrincipal()) {
            return false;
        }
        if (actionMatches(statement, request.action()) == statement.notAction()) {
            return false;
        }
        boolean substitute = document.substitutesVariables();
        if (statement.hasResourceElement()) {
            boolean any = false;
            for (String resource : statement.resources()) {
                ValuePattern pattern = PolicyVariables.expand(resource, substitute, request);
                if (pattern == null) {
                    return false;
                }
                if (ArnMatcher.matches(pattern, request.resource())) {
                    any = true;
                    break;
                }
            }
            if (any == statement.notResource()) {
                return false;
            }
        }
        for (ConditionClause clause : statement.conditions()) {
            if (request.values(clause.key()) == null) {
                missingKeys.add(clause.key());
            }
        }
        for (ConditionClause clause : statement.conditions()) {
            List<ValuePattern> values = new ArrayList<>();
            for (String raw : clause.values()) {
                ValuePattern value = PolicyVariables.expand(raw, substitute, request);
                if (value == null) {
                    return false;
                }
                values.add(value);
            }
            if (!clause.operator().test(values, request.values(clause.key()))) {
                return false;
            }
        }
        return true;
    }

    /** Actions are {@code service:Name}, compared without case, with {@code *} and {@code ?} wildcards. */
    private static boolean actionMatches(Statement statement, String action) {
        for (String pattern : statement.actions()) {
            if (ValuePattern.of(pattern).matches(action, true)) {
                return true;
            }
        }
        return false;
    }
}
