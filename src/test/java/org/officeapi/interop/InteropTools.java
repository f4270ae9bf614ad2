package org.officeapi.interop;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent clients the interoperability checks drive: the AWS CLI v2 at {@code /usr/bin/aws} and a
 * curl with its own SigV4 signer ({@code --aws-sigv4}). Without them the checks report themselves skipped
 * with the reason, unless {@code -Dinterop.required=true} makes that a failure (CI sets it).
 */
final class InteropTools {

    static final Path AWS_CLI = Path.of("/usr/bin/aws");
    static final String CURL = "curl";

    private static List<String> missing;

    private InteropTools() {}

    /** Skips (or, with interop.required, fails) the calling test class when a tool is missing. */
    static void requireOrSkip() {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String reason = String.join("; ", missing);
        if (Boolean.getBoolean("interop.required")) {
            Assertions.fail("interop.required=true, but " + reason
                    + ". Install the AWS CLI v2 (Debian: apt-get install awscli) and curl 7.75 or later, or drop the flag.");
        }
        Assumptions.abort(reason + "; the AWS CLI walkthrough is skipped (set -Dinterop.required=true to fail instead)");
    }

    /** What is missing, looked up once per run. */
    static synchronized List<String> missing() {
        if (missing == null) {
            missing = List.copyOf(lookUp());
        }
        return missing;
    }

    private static List<String> lookUp() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(AWS_CLI)) {
            missing.add(AWS_CLI + " is not installed");
        } else {
            String version = output(AWS_CLI.toString(), "--version");
            if (!version.startsWith("aws-cli/2.")) {
                missing.add(AWS_CLI + " is not the AWS CLI v2 (it says: " + version.strip() + ")");
            }
        }
        String curlHelp = output(CURL, "--help", "all");
        if (curlHelp.isEmpty()) {
            missing.add("curl is not installed");
        } else if (!curlHelp.contains("--aws-sigv4")) {
            missing.add("this curl has no --aws-sigv4 signer (curl 7.75 or later is needed)");
        }
        return missing;
    }

    /** What the command prints, or "" when it cannot run. */
    private static String output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return text;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
