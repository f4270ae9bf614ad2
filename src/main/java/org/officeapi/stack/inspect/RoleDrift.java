package org.officeapi.stack.inspect;

import org.officeapi.stack.ApiResource;
import org.officeapi.stack.RoleSpec;
import org.officeapi.stack.StackSpec;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each role's policies allow, asked of IAM itself (SimulatePrincipalPolicy on every method of the
 * API): allowed exactly where the spec says, denied everywhere else. Reading policy text would miss
 * what IAM actually decides (wildcards, attached policies, explicit denies).
 */
final class RoleDrift {

    private RoleDrift() {}

    static List<String> check(DeployedReader reader, StackSpec spec, Map<String, String> roleArns) {
        List<String> drift = new ArrayList<>();
        if (!spec.hasApi()) {
            return drift;
        }
        for (RoleSpec role : spec.roles().values()) {
            String roleArn = roleArns.get(role.name());
            if (roleArn == null) {
                continue; // already reported by the group check
            }
            List<String> arns = spec.resources().stream().map(r -> reader.methodArn(r.method(), r.path())).toList();
            List<EvaluationResult> results = reader.clients().iam().simulatePrincipalPolicy(r -> r.policySourceArn(roleArn)
                    .actionNames("execute-api:Invoke").resourceArns(arns)).evaluationResults();
            for (ApiResource resource : spec.resources()) {
                String arn = reader.methodArn(resource.method(), resource.path());
                boolean allowed = results.stream().anyMatch(result -> arn.equals(result.evalResourceName())
                        && result.evalDecision() == PolicyEvaluationDecisionType.ALLOWED);
                boolean shouldBe = role.mayInvoke().contains(resource);
                if (allowed != shouldBe) {
                    drift.add("role " + role.name() + " (" + roleArn + ") " + (allowed ? "may" : "may not") + " invoke "
                            + resource.method() + " " + resource.path() + ", the spec says it " + (shouldBe ? "may" : "may not"));
                }
            }
        }
        return drift;
    }
}
