package org.officeapi.emulator.lambda;

import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Real execution roles for the functions tests create: Lambda refuses a role that does not exist or
 * does not trust {@code lambda.amazonaws.com}, as AWS does, so every test function needs one.
 */
public final class ExecutionRoleFixtures {

    /** The trust policy AWS's console writes for a Lambda execution role. */
    public static final String LAMBDA_TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},\
            "Action":"sts:AssumeRole"}]}""";

    private ExecutionRoleFixtures() {}

    /** Creates the role in the embedded AWS's account (or finds it, when an earlier test did) and returns its ARN. */
    public static String lambdaRole(EmbeddedAws aws, String name) {
        return role(aws, name, LAMBDA_TRUST);
    }

    /** A role with any trust policy, e.g. one Lambda may not assume. */
    public static String role(EmbeddedAws aws, String name, String trustPolicy) {
        try (IamClient iam = SdkClients.client(IamClient.builder(), aws)) {
            return iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trustPolicy)).role().arn();
        }
    }
}
