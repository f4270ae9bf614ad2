package org.officeapi.emulator.auth.policy;

import java.util.List;

/**
 * One test of a statement's {@code Condition}: an operator (e.g. {@code ForAnyValue:StringLike}),
 * a context key (e.g. {@code cognito-identity.amazonaws.com:amr}) and the values the policy gives,
 * as written (variables not yet substituted).
 */
public record ConditionClause(String operatorName, ConditionOperator operator, String key, List<String> values) {

    public ConditionClause {
        values = List.copyOf(values);
    }
}
