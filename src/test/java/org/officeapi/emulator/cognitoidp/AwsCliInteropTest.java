package org.officeapi.emulator.cognitoidp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The AWS CLI v2 ({@code /usr/bin/aws}) driving cognito-idp against an in-process embedded AWS: the walk from
 * an empty account to a signed-in user whose ID token prefers the right role. Without the CLI the test reports
 * itself skipped with the reason, unless {@code -Dinterop.required=true} makes that a failure.
 */
class AwsCliInteropTest {

    private static final Path CLI = Path.of("/usr/bin/aws");
    private static final String PASSWORD = "Correct-Horse-9";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedAws aws;
    private static Path emptyConfig;

    /** One finished CLI run. */
    private record Run(int exitCode, String stdout, String stderr) {}

    @BeforeAll
    static void needsTheCli() throws Exception {
        String missing = missingCli();
        if (missing != null) {
            if (Boolean.getBoolean("interop.required")) {
                fail("interop.required=true, but " + missing + ". Install the AWS CLI v2 (Debian: apt-get install awscli) or drop the flag.");
            }
            Assumptions.abort(missing + "; the AWS CLI interoperability walk is skipped (set -Dinterop.required=true to fail instead)");
        }
        aws = EmbeddedAws.start();
        emptyConfig = Files.createTempDirectory("aws-cli-config");
    }

    @AfterAll
    static void stop() {
        if (aws != null) {
            aws.close();
        }
    }

    private static String missingCli() throws IOException, InterruptedException {
        if (!Files.isExecutable(CLI)) {
            return CLI + " is not installed";
        }
        Process version = new ProcessBuilder(CLI.toString(), "--version").redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        version.waitFor(60, TimeUnit.SECONDS);
        return text.startsWith("aws-cli/2.") ? null : CLI + " is not the AWS CLI v2 (it says: " + text.strip() + ")";
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CLI.toString(), "--endpoint-url", aws.endpoint().toString(),
                "--region", aws.region(), "--output", "json", "cognito-idp"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", aws.accessKey());
        env.put("AWS_SECRET_ACCESS_KEY", aws.secretKey());
        env.put("AWS_CONFIG_FILE", emptyConfig.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", emptyConfig.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        Path out = Files.createTempFile(emptyConfig, "out", ".json");
        Path err = Files.createTempFile(emptyConfig, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("aws cognito-idp " + args[0] + " did not finish within 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Runs a command that must succeed and returns its JSON output (null when it prints nothing). */
    private static JsonNode ok(String... args) throws IOException, InterruptedException {
        Run run = run(args);
        // the arguments may hold a password: name only the command
        assertThat(run.exitCode()).as("aws cognito-idp %s failed: %s", args[0], run.stderr()).isZero();
        return run.stdout().isBlank() ? null : JSON.readTree(run.stdout());
    }

    @Test
    void fromAnEmptyAccountToASignedInUserWithTheRightRole() throws Exception {
        String pool = ok("create-user-pool", "--pool-name", "office").path("UserPool").path("Id").asText();
        String client = ok("create-user-pool-client", "--user-pool-id", pool, "--client-name", "web",
                "--explicit-auth-flows", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
                .path("UserPoolClient").path("ClientId").asText();
        String adminRole = "arn:aws:iam::" + aws.accountId() + ":role/CognitoRoleSecureAPIAdmin";
        String userRole = "arn:aws:iam::" + aws.accountId() + ":role/CognitoRoleSecureApiUser";
        ok("create-group", "--user-pool-id", pool, "--group-name", "Admin", "--precedence", "0", "--role-arn", adminRole);
        ok("create-group", "--user-pool-id", pool, "--group-name", "User", "--precedence", "1", "--role-arn", userRole);
        for (String user : List.of("rose", "john")) {
            JsonNode created = ok("admin-create-user", "--user-pool-id", pool, "--username", user, "--message-action", "SUPPRESS",
                    "--user-attributes", "Name=email,Value=" + user + "@example.com");
            assertThat(created.path("User").path("UserStatus").asText()).isEqualTo("FORCE_CHANGE_PASSWORD");
            ok("admin-set-user-password", "--user-pool-id", pool, "--username", user, "--password", PASSWORD, "--permanent");
        }
        ok("admin-add-user-to-group", "--user-pool-id", pool, "--username", "rose", "--group-name", "Admin");
        ok("admin-add-user-to-group", "--user-pool-id", pool, "--username", "rose", "--group-name", "User");
        ok("admin-add-user-to-group", "--user-pool-id", pool, "--username", "john", "--group-name", "User");

        JsonNode rose = ok("initiate-auth", "--auth-flow", "USER_PASSWORD_AUTH", "--client-id", client,
                "--auth-parameters", "USERNAME=rose,PASSWORD=" + PASSWORD).path("AuthenticationResult");
        JsonNode john = ok("initiate-auth", "--auth-flow", "USER_PASSWORD_AUTH", "--client-id", client,
                "--auth-parameters", "USERNAME=john,PASSWORD=" + PASSWORD).path("AuthenticationResult");

        assertThat(rose.path("TokenType").asText()).isEqualTo("Bearer");
        assertThat(rose.path("ExpiresIn").asInt()).isEqualTo(3600);
        JWTClaimsSet roseClaims = SignedJWT.parse(rose.path("IdToken").asText()).getJWTClaimsSet();
        assertThat(roseClaims.getStringListClaim("cognito:groups")).containsExactly("Admin", "User");
        assertThat(roseClaims.getStringClaim("cognito:preferred_role")).isEqualTo(adminRole);
        assertThat(SignedJWT.parse(john.path("IdToken").asText()).getJWTClaimsSet().getStringClaim("cognito:preferred_role")).isEqualTo(userRole);
        assertThat(ok("get-user", "--access-token", rose.path("AccessToken").asText()).path("Username").asText()).isEqualTo("rose");
        assertThat(ok("initiate-auth", "--auth-flow", "REFRESH_TOKEN_AUTH", "--client-id", client,
                "--auth-parameters", "REFRESH_TOKEN=" + rose.path("RefreshToken").asText()).path("AuthenticationResult").has("IdToken")).isTrue();
        assertThat(ok("admin-list-groups-for-user", "--user-pool-id", pool, "--username", "rose").path("Groups").size()).isEqualTo(2);
        assertThat(ok("describe-user-pool", "--user-pool-id", pool).path("UserPool").path("EstimatedNumberOfUsers").asInt()).isEqualTo(2);
    }

    @Test
    void errorsReachTheCliAsAwsErrors() throws Exception {
        String pool = ok("create-user-pool", "--pool-name", "errors").path("UserPool").path("Id").asText();
        String client = ok("create-user-pool-client", "--user-pool-id", pool, "--client-name", "web",
                "--explicit-auth-flows", "ALLOW_USER_PASSWORD_AUTH").path("UserPoolClient").path("ClientId").asText();

        Run unknownUser = run("initiate-auth", "--auth-flow", "USER_PASSWORD_AUTH", "--client-id", client,
                "--auth-parameters", "USERNAME=ghost,PASSWORD=" + PASSWORD);
        Run unknownPool = run("describe-user-pool", "--user-pool-id", "us-east-1_nothere1");

        assertThat(unknownUser.exitCode()).isEqualTo(254);
        assertThat(unknownUser.stderr()).contains("An error occurred (UserNotFoundException) when calling the InitiateAuth operation: User does not exist.");
        assertThat(unknownPool.exitCode()).isEqualTo(254);
        assertThat(unknownPool.stderr()).contains(
                "An error occurred (ResourceNotFoundException) when calling the DescribeUserPool operation: User pool us-east-1_nothere1 does not exist.");
    }
}
