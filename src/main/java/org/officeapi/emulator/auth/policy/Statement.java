package org.officeapi.emulator.auth.policy;

import java.util.List;

/**
 * One statement of a policy, as written.
 *
 * @param index        its place in the document, from 0
 * @param actions      the values of {@code Action}, or of {@code NotAction} when {@code notAction}
 * @param resources    the values of {@code Resource} (or {@code NotResource}); empty when the statement has
 *                     neither, as in a trust policy, where the statement applies to the role itself
 * @param principals   {@code Principal} (or {@code NotPrincipal}); null when absent, as in identity policies
 * @param start        where the statement starts in the text, for the policy simulator
 */
public record Statement(int index, String sid, Effect effect, List<String> actions, boolean notAction,
                        List<String> resources, boolean notResource, Principals principals, boolean notPrincipal,
                        List<ConditionClause> conditions, Position start, Position end) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    boolean hasResourceElement() {
        return !resources.isEmpty();
    }

    /** How a report names it: {@code statement 'AllowInvoke'} or {@code statement #2}. */
    public String label() {
        return sid != null && !sid.isEmpty() ? "statement '" + sid + "'" : "statement #" + (index + 1);
    }
}
