package org.officeapi.emulator.iam.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything IAM knows about one role at one moment: the role, its inline policies (by name, in
 * name order, as ListRolePolicies lists them) and the ARNs of its attached managed policies (in the
 * order they were attached). Immutable: each change records a new state, so that the propagation
 * delay can show an older one.
 */
public record RoleState(Role role, Map<String, String> inlinePolicies, List<String> attachedPolicyArns) {

    public RoleState {
        inlinePolicies = Collections.unmodifiableMap(new TreeMap<>(inlinePolicies));
        attachedPolicyArns = List.copyOf(attachedPolicyArns);
    }

    public static RoleState of(Role role) {
        return new RoleState(role, Map.of(), List.of());
    }

    public RoleState withRole(Role changed) {
        return new RoleState(changed, inlinePolicies, attachedPolicyArns);
    }

    public RoleState withInlinePolicies(Map<String, String> policies) {
        return new RoleState(role, policies, attachedPolicyArns);
    }

    public RoleState withAttachedPolicies(List<String> arns) {
        return new RoleState(role, inlinePolicies, arns);
    }
}
