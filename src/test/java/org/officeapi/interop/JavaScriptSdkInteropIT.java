package org.officeapi.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.officeapi.stack.AwsErrors;
import org.officeapi.stack.Progress;
import org.officeapi.stack.ProvisionedStack;
import org.officeapi.stack.ResourceNames;
import org.officeapi.stack.StackProvisioner;
import org.officeapi.stack.StackVariants;
import org.officeapi.stack.Teardown;
import org.officeapi.stack.UserAccount;
import org.officeapi.target.AwsTarget;
import org.officeapi.testsupport.ChildEnvironment;
import org.officeapi.testsupport.StandaloneEmbeddedAws;
import org.officeapi.testsupport.WalkthroughStack;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The original walkthrough's own clients against the standalone embedded AWS: {@code interop/js/walkthrough.mjs}
 * signs John, Rose and a user with a temporary password in with amazon-cognito-identity-js, trades their ID
 * tokens for credentials with the AWS SDK for JavaScript v3, calls the API with aws4, and signs John out
 * (signOut with RevokeToken, globalSignOut), one checked line per step. The stack is provisioned on {@code java -jar target/embedded-aws.jar} by the suite's own provisioner, as
 * on a real account, and torn down after. Without Node.js 20+ and npm the test reports itself skipped with the
 * reason, unless {@code -Dinterop.required=true} makes that a failure.
 */
class JavaScriptSdkInteropIT {

    private static final Path PROJECT = Path.of("interop/js");
    private static final Path WORK = Path.of("target/js-walkthrough");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finished child process: its exit code and everything it printed. */
    private record Run(int exitCode, String output) {}

    @Test
    void theWalkthroughsJavaScriptClientsCannotTellTheEmbeddedAwsFromAws() throws Exception {
        needsNode();
        Files.createDirectories(WORK);
        ResourceNames names = ResourceNames.newRun(Instant.now());
        Progress progress = new Progress(System.out, true);
        Teardown teardown = new Teardown(AwsErrors::isNotFound, progress);
        Run walkthrough;
        List<String> leftovers;
        List<String> passwords = new ArrayList<>();
        try (StandaloneEmbeddedAws aws = StandaloneEmbeddedAws.builder().randomSecretKey().start(WORK.resolve("embedded-aws.log"));
             AwsTarget target = AwsTarget.atEndpoint(aws.endpoint(), Region.of(aws.region()), aws.credentials())) {
            try {
                Path lambdaZip = Path.of(System.getProperty("office.lambda.zip", "target/office-api-lambda.zip"));
                ProvisionedStack stack = new StackProvisioner(target, names, lambdaZip, progress, Duration.ofMinutes(2))
                        .obtain(WalkthroughStack.spec(), teardown);
                UserAccount temporary = new StackVariants(target.clients(), names, teardown).userWithTemporaryPassword(stack, "Temp", "User");
                stack.users().values().forEach(user -> passwords.add(user.password()));
                passwords.add(temporary.password());
                Path description = writeDescription(aws, stack, temporary);
                try {
                    installIfNeeded();
                    walkthrough = run(List.of("node", "walkthrough.mjs", description.toAbsolutePath().toString()),
                            WORK.resolve("walkthrough.log"), 300);
                } finally {
                    // it holds the users' passwords
                    Files.deleteIfExists(description);
                }
            } finally {
                leftovers = teardown.run();
            }
        }

        System.out.print(walkthrough.output());
        assertThat(walkthrough.exitCode()).as("node walkthrough.mjs failed; its checks:%n%s", walkthrough.output()).isZero();
        assertThat(walkthrough.output()).doesNotContain("FAILED").doesNotContain("\nskip ")
                .containsPattern("(?m)^# \\d+ checks, 0 failed$")
                // every part of the walk ran: both users on every layout, the wrong password, the new-password challenge
                .contains("ok     John: GET /api/admin via /_aws/execute-api answers 403 with x-amzn-errortype AccessDeniedException")
                .contains("ok     Rose: GET /api/admin via /restapis/…/_user_request_ answers 200 \"Hello admin\"")
                .contains("ok     John: signs in with SRP (CognitoUser.authenticateUser)")
                .contains("ok     John with a wrong password (USER_SRP_AUTH) gets NotAuthorizedException")
                .contains("ok     the user with a temporary password completes NEW_PASSWORD_REQUIRED")
                // and the sign-outs: RevokeToken, then GlobalSignOut, each leaving the refresh token refused
                .contains("ok     John: signOut(callback) is RevokeToken with ClientId and the refresh token, answered 200")
                .contains("ok     John: after signOut(callback), refreshSession with the revoked refresh token is refused")
                .contains("ok     John: globalSignOut is GlobalSignOut with the access token, answered 200")
                .contains("ok     John: after globalSignOut, refreshSession with the other session's refresh token is refused");
        assertThat(walkthrough.output().lines().filter(line -> line.startsWith("ok ")).count()).isGreaterThanOrEqualTo(80);
        for (String password : passwords) {
            assertThat(walkthrough.output()).as("the walkthrough printed a password").doesNotContain(password);
        }
        assertThat(leftovers).as("what the teardown could not remove").isEmpty();
    }

    /** The stack description walkthrough.mjs reads (README, "Interoperability checks"); readable by its owner only. */
    private static Path writeDescription(StandaloneEmbeddedAws aws, ProvisionedStack stack, UserAccount temporary) throws IOException {
        ObjectNode description = JSON.createObjectNode()
                .put("endpoint", aws.endpoint().toString())
                .put("region", stack.region())
                .put("accountId", stack.accountId())
                .put("userPoolId", stack.userPoolId())
                .put("clientId", stack.clientId())
                .put("identityPoolId", stack.identityPoolId())
                .put("apiId", stack.apiId())
                .put("stage", stack.stage());
        ObjectNode roles = description.putObject("roles");
        stack.roleArns().forEach(roles::put);
        ObjectNode users = description.putObject("users");
        stack.users().forEach((name, account) -> users.putObject(name).put("username", account.username()).put("password", account.password()));
        description.putObject("temporaryPasswordUser").put("username", temporary.username()).put("password", temporary.password());
        Path file = WORK.resolve("stack.json");
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(description), StandardCharsets.UTF_8);
        return file;
    }

    /** Skips (or, with -Dinterop.required=true, fails) without Node.js 20+ and npm. */
    private static void needsNode() throws InterruptedException {
        String missing = missingNode();
        if (missing != null) {
            if (Boolean.getBoolean("interop.required")) {
                fail("interop.required=true, but " + missing + ". Install Node.js 20 or later with npm, or drop the flag.");
            }
            Assumptions.abort(missing + "; the JavaScript SDK walkthrough is skipped (set -Dinterop.required=true to fail instead)");
        }
    }

    private static String missingNode() throws InterruptedException {
        String node = version("node");
        if (node == null) {
            return "node is not installed (not on the PATH)";
        }
        if (!node.matches("v(2\\d|[3-9]\\d|\\d{3,})\\..*")) {
            return "node is " + node + ", but the AWS SDK for JavaScript v3 needs Node.js 20 or later";
        }
        return version("npm") == null ? "npm is not installed (not on the PATH)" : null;
    }

    private static String version(String command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? text : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code npm ci} from the committed lock file, once: node_modules is not in git. */
    private static void installIfNeeded() throws IOException, InterruptedException {
        if (Files.isDirectory(PROJECT.resolve("node_modules"))) {
            return;
        }
        Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), WORK.resolve("npm-ci.log"), 600);
        assertThat(install.exitCode()).as("npm ci in %s failed:%n%s", PROJECT, install.output()).isZero();
    }

    /**
     * Runs a command in interop/js with no AWS settings from this machine (no credentials, no config file, no
     * instance metadata), so that nothing but the stack description reaches the clients.
     */
    private static Run run(List<String> command, Path log, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        ChildEnvironment.scrub(builder.environment());
        ChildEnvironment.withoutAwsConfigFiles(builder.environment(), WORK);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail(String.join(" ", command.subList(0, 2)) + " did not finish within " + timeoutSeconds + " s; see " + log);
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
