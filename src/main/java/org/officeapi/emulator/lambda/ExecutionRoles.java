package org.officeapi.emulator.lambda;

import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.RoleDirectory;
import org.officeapi.emulator.ports.RoleRecord;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A function's execution role, checked as Lambda checks it when a function is created: the role must
 * exist (as IAM has propagated it: a fresh role is not there yet for other services) and its trust
 * policy must let the Lambda service assume it. Asks IAM only through its ports.
 */
final class ExecutionRoles {

    static final String LAMBDA_SERVICE = "lambda.amazonaws.com";

    private final RoleDirectory roles;
    private final AccessDecisions access;

    ExecutionRoles(RoleDirectory roles, AccessDecisions access) {
        this.roles = roles;
        this.access = access;
    }

    /**
     * Refuses a role Lambda could not assume, whether it is missing, not yet propagated or does not
     * trust Lambda: AWS gives one answer for all three.
     *
     * @param functionArn the function the role is for: a trust policy may name it ({@code aws:SourceArn})
     *                    or its account ({@code aws:SourceAccount})
     */
    void requireAssumable(String roleArn, String functionAccount, String functionArn) {
        Optional<RoleRecord> role = roles.findRole(roleArn);
        // UNCONFIRMED: that Lambda passes aws:SourceAccount and aws:SourceArn when it assumes the role (trust
        // policies written with those conditions are common; without them the keys are simply absent)
        boolean trusted = role.isPresent() && access.trust(role.get(), "Service", LAMBDA_SERVICE, "sts:AssumeRole",
                Map.of("aws:SourceAccount", List.of(functionAccount), "aws:SourceArn", List.of(functionArn))).allowed();
        if (!trusted) {
            throw LambdaErrors.roleCannotBeAssumed();
        }
    }
}
