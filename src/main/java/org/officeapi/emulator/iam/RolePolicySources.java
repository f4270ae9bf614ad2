package org.officeapi.emulator.iam;

import org.officeapi.emulator.auth.policy.PolicyDocument;
import org.officeapi.emulator.auth.policy.PolicyKind;
import org.officeapi.emulator.auth.policy.PolicySource;
import org.officeapi.emulator.iam.model.ManagedPolicy;
import org.officeapi.emulator.iam.model.RoleState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The identity-based policies of a role, parsed, as the evaluator takes them: its inline policies,
 * then its attached managed policies. Documents were validated when they were stored; parsed ones
 * are kept by text, since the same few documents are evaluated on every call.
 */
final class RolePolicySources {

    private static final int CACHE_LIMIT = 2_000;
    private static final Map<String, PolicyDocument> PARSED = new ConcurrentHashMap<>();

    private RolePolicySources() {}

    /**
     * @param policyByArn the managed policy an attachment refers to, as the reader sees it (null when gone)
     */
    static List<PolicySource> of(RoleState state, Function<String, ManagedPolicy> policyByArn) {
        List<PolicySource> sources = new ArrayList<>();
        String roleName = state.role().name();
        state.inlinePolicies().forEach((name, text) -> sources.add(new PolicySource(name, "role",
                "inline policy '" + name + "' of role " + roleName, parse(text, PolicyKind.IDENTITY))));
        for (String arn : state.attachedPolicyArns()) {
            ManagedPolicy policy = policyByArn.apply(arn);
            if (policy != null) {
                sources.add(new PolicySource(policy.name(), "user-managed", "managed policy " + arn + " attached to role " + roleName,
                        parse(policy.document(), PolicyKind.IDENTITY)));
            }
        }
        return sources;
    }

    static PolicyDocument parse(String text, PolicyKind kind) {
        String key = kind + "\n" + text;
        PolicyDocument cached = PARSED.get(key);
        if (cached != null) {
            return cached;
        }
        PolicyDocument parsed = PolicyDocument.parse(text, kind);
        if (PARSED.size() >= CACHE_LIMIT) {
            PARSED.clear();
        }
        PARSED.put(key, parsed);
        return parsed;
    }
}
