package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.RoleDirectory;
import org.officeapi.emulator.ports.RoleRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM for tests that drive Lambda's classes directly: it knows one role, which trusts the Lambda service
 * for {@code sts:AssumeRole} and nothing else.
 */
final class OneExecutionRole implements RoleDirectory, AccessDecisions {

    static final String ARN = "arn:aws:iam::000000000000:role/r";

    private static final RoleRecord ROLE = new RoleRecord("000000000000", ARN, "r", "/", "AROAEXAMPLEEXAMPLE01", ExecutionRoleFixtures.LAMBDA_TRUST,
            3600, Instant.EPOCH);

    @Override
    public Optional<RoleRecord> findRole(String roleArn) {
        return ARN.equals(roleArn) ? Optional.of(ROLE) : Optional.empty();
    }

    @Override
    public AccessDecision trust(RoleRecord role, String principalType, String principal, String action,
                                Map<String, List<String>> context) {
        boolean lambda = role.equals(ROLE) && principalType.equals("Service") && principal.equals("lambda.amazonaws.com")
                && action.equals("sts:AssumeRole");
        return new AccessDecision(lambda ? AccessDecision.Outcome.ALLOWED : AccessDecision.Outcome.IMPLICIT_DENY, "the test's one role");
    }

    @Override
    public AccessDecision identity(Caller caller, String action, String resourceArn, Map<String, List<String>> context) {
        throw new AssertionError("Lambda's control plane asks IAM only about its execution roles' trust");
    }
}
