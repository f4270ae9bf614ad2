package org.officeapi.interop;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officeapi.target.DeployedStackConfig;
import org.officeapi.testsupport.ServerInventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walkthrough provisioned and walked by clients that share no code with this project: the AWS CLI v2
 * makes the stack on the standalone embedded AWS ({@code interop/cli/provision-walkthrough.sh}), and John
 * and Rose sign in with the CLI, trade their tokens, and call the API through curl's own SigV4 signer on both
 * path layouts ({@code interop/cli/walkthrough.sh}).
 */
@ExtendWith(CliStackExtension.class)
class AwsCliWalkthroughIT {

    private static final String ACCOUNT = "000000000000";

    @Test
    void theCliProvisionsTheStackTheBackgroundStates(CliStack stack) throws IOException {
        assertThat(stack.provisioning().output()).contains(
                "provision: role office-api-lambda (trusts lambda.amazonaws.com)",
                "provision: function office-api (java17, org.officeapi.lambda.OfficeApiHandler::handleRequest)",
                "GET /user, AWS_IAM, AWS_PROXY to office-api", "GET /admin, AWS_IAM, AWS_PROXY to office-api",
                "provision: deployment of", "to stage api",
                "provision: group Admin (precedence 0, CognitoRoleSecureAPIAdmin)",
                "provision: group User (precedence 1, CognitoRoleSecureApiUser)",
                "provision: user john with a permanent password, in: User",
                "provision: user rose with a permanent password, in: Admin User",
                "Token, Deny when ambiguous");

        Properties description = stack.stackDescription();
        assertThat(description.getProperty("endpoint")).isEqualTo(stack.endpoint());
        assertThat(description.getProperty("region")).isEqualTo("us-east-1");
        assertThat(description.getProperty("stage")).isEqualTo("api");
        assertThat(description.getProperty("user.John.username")).isEqualTo("john");
        assertThat(description.getProperty("user.Rose.username")).isEqualTo("rose");
        DeployedStackConfig config = DeployedStackConfig.load(stack.stackProperties(), stack.passwords()::get);
        assertThat(config.usernames()).containsOnlyKeys("John", "Rose");
        assertThat(config.passwords()).containsOnlyKeys("John", "Rose");

        Path passwords = stack.outDir().resolve("passwords.env");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
        assertThat(stack.passwords()).containsOnlyKeys("OFFICE_API_PASSWORD_JOHN", "OFFICE_API_PASSWORD_ROSE")
                .allSatisfy((name, password) -> assertThat(password).hasSizeGreaterThanOrEqualTo(16));
        assertThat(stack.passwords().get("OFFICE_API_PASSWORD_JOHN")).isNotEqualTo(stack.passwords().get("OFFICE_API_PASSWORD_ROSE"));
        assertNoPassword(stack, stack.provisioning().output());

        // What the drift check does not look at, read back through the CLI: the function, the app client, the identity pool.
        JsonNode function = stack.cli().ok("lambda", "get-function-configuration", "--function-name", "office-api");
        assertThat(function.path("Runtime").asText()).isEqualTo("java17");
        assertThat(function.path("Handler").asText()).isEqualTo("org.officeapi.lambda.OfficeApiHandler::handleRequest");
        assertThat(function.path("Role").asText()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/office-api-lambda");
        JsonNode lambdaTrust = stack.cli().ok("iam", "get-role", "--role-name", "office-api-lambda").path("Role").path("AssumeRolePolicyDocument");
        assertThat(lambdaTrust.path("Statement").get(0).path("Principal").path("Service").asText()).isEqualTo("lambda.amazonaws.com");

        JsonNode client = stack.cli().ok("cognito-idp", "describe-user-pool-client", "--user-pool-id", description.getProperty("userPoolId"),
                "--client-id", description.getProperty("clientId")).path("UserPoolClient");
        assertThat(client.has("ClientSecret")).as("the app client has a secret").isFalse();
        assertThat(client.path("ExplicitAuthFlows")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH");
        assertThat(client.path("PreventUserExistenceErrors").asText()).isEqualTo("ENABLED");

        JsonNode identityPool = stack.cli().ok("cognito-identity", "describe-identity-pool", "--identity-pool-id",
                description.getProperty("identityPoolId"));
        assertThat(identityPool.path("AllowUnauthenticatedIdentities").asBoolean(true)).isFalse();
        assertThat(identityPool.path("AllowClassicFlow").asBoolean(true)).isFalse();
        for (String role : List.of("CognitoRoleSecureAPIAdmin", "CognitoRoleSecureApiUser")) {
            JsonNode trust = stack.cli().ok("iam", "get-role", "--role-name", role).path("Role").path("AssumeRolePolicyDocument")
                    .path("Statement").get(0);
            assertThat(trust.path("Principal").path("Federated").asText()).isEqualTo("cognito-identity.amazonaws.com");
            assertThat(trust.path("Condition").path("StringEquals").path("cognito-identity.amazonaws.com:aud").asText())
                    .isEqualTo(description.getProperty("identityPoolId"));
            assertThat(trust.path("Condition").path("ForAnyValue:StringLike").path("cognito-identity.amazonaws.com:amr").asText())
                    .isEqualTo("authenticated");
        }
    }

    @Test
    void johnAndRoseMeetTheAccessMatrixOnBothPathLayouts(CliStack stack) {
        Commands.Run run = CliStack.script("walkthrough.sh", stack.endpoint(), stack.outDir().toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.output()).doesNotContain("FAIL").contains(
                "ok    John signs in with USER_PASSWORD_AUTH",
                "ok    John acts as arn:aws:sts::" + ACCOUNT + ":assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials",
                "ok    Rose acts as arn:aws:sts::" + ACCOUNT + ":assumed-role/CognitoRoleSecureAPIAdmin/CognitoIdentityCredentials");
        for (String layout : List.of("_aws", "restapis")) {
            assertThat(run.output()).contains(
                    "ok    John GET /api/user (" + layout + " layout) → 200 \"Hello user\"",
                    "ok    John GET /api/admin (" + layout + " layout) → 403 AccessDeniedException",
                    "ok    Rose GET /api/user (" + layout + " layout) → 200 \"Hello user\"",
                    "ok    Rose GET /api/admin (" + layout + " layout) → 200 \"Hello admin\"");
        }
        assertThat(run.output()).contains("→ 403 MissingAuthenticationTokenException")
                .endsWith("ok: the walkthrough's access matrix holds on both path layouts\n");
        assertNoPassword(stack, run.output());
        assertThat(run.output()).as("a JWT or temporary access key in the output").doesNotContain("eyJ").doesNotContainPattern("ASIA[A-Z0-9]{16}");
    }

    @Test
    void theWalkthroughFailsLoudlyWhenAnswersDifferFromTheMatrix(CliStack stack) throws IOException {
        // The same stack, described with a stage that was never deployed: every signed call now misses.
        Path elsewhere = Files.createDirectories(CliStack.WORK.resolve("wrong-stage"));
        Files.writeString(elsewhere.resolve("stack.properties"), Files.readString(stack.stackProperties()).replace("stage=api", "stage=beta"));
        Files.copy(stack.outDir().resolve("passwords.env"), elsewhere.resolve("passwords.env"), StandardCopyOption.REPLACE_EXISTING);

        Commands.Run run = CliStack.script("walkthrough.sh", stack.endpoint(), elsewhere.toString());

        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.output()).contains(
                "FAIL  John GET /beta/user (_aws layout) answered 403 MissingAuthenticationTokenException, the matrix says 200 \"Hello user\"",
                "FAIL  John GET /beta/admin (restapis layout) answered 403 MissingAuthenticationTokenException, the matrix says 403 AccessDeniedException",
                "FAIL: 8 of the walkthrough's answers differ from the access matrix");
        assertNoPassword(stack, run.output());
    }

    @Test
    void provisioningAgainRefusesAndCreatesNothing(CliStack stack) {
        List<String> before = ServerInventory.settings(stack.sdk());
        Path again = CliStack.WORK.resolve("again");

        Commands.Run run = CliStack.script("provision-walkthrough.sh", stack.endpoint(), again.toString());

        assertThat(run.exitCode()).as(run.describe()).isNotZero();
        assertThat(run.output()).contains("FAIL: IAM role office-api-lambda already exists");
        assertThat(again.resolve("stack.properties")).doesNotExist();
        assertThat(ServerInventory.settings(stack.sdk())).containsExactlyElementsOf(before);
    }

    private static void assertNoPassword(CliStack stack, String output) {
        stack.passwords().forEach((name, password) -> assertThat(output).as("output holding %s", name).doesNotContain(password));
    }
}
