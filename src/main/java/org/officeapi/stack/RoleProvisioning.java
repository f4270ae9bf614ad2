package org.officeapi.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/** The roles Cognito hands out: trusting the identity pool, each allowed to invoke what the spec says. */
final class RoleProvisioning {

    private RoleProvisioning() {}

    static Map<String, String> create(Provisioning p, StackSpec spec, String identityPoolId, String apiId) {
        Map<String, String> arns = new LinkedHashMap<>();
        for (RoleSpec role : spec.roles().values()) {
            String roleName = p.names().of(role.name());
            String arn = p.timed("role " + roleName, () -> p.clients().iam().createRole(r -> r.roleName(roleName)
                    .assumeRolePolicyDocument(Policies.cognitoTrust(identityPoolId))
                    .description("Cognito role " + role.name() + " (office-api-acceptance run " + p.names().runId() + ")")
                    .tags(t -> t.key(ResourceNames.RUN_TAG).value(p.names().runId()),
                            t -> t.key(ResourceNames.STARTED_TAG).value(p.names().startedAt().toString())))).role().arn();
            p.teardown().add("role " + roleName, () -> p.clients().iam().deleteRole(r -> r.roleName(roleName)));
            if (!role.mayInvoke().isEmpty() && apiId != null) {
                p.clients().iam().putRolePolicy(r -> r.roleName(roleName).policyName("invoke-office-api")
                        .policyDocument(Policies.mayInvoke(p.region(), p.accountId(), apiId, role.mayInvoke())));
                p.teardown().add("policy invoke-office-api of role " + roleName,
                        () -> p.clients().iam().deleteRolePolicy(r -> r.roleName(roleName).policyName("invoke-office-api")));
            }
            arns.put(role.name(), arn);
        }
        return arns;
    }
}
