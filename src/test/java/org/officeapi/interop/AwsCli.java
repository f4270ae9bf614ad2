package org.officeapi.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.officeapi.testsupport.ChildEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The AWS CLI v2 against the standalone server, as root (test/test), with no profile or config of the machine's. */
final class AwsCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final Path work;

    AwsCli(URI endpoint, Path work) {
        this.endpoint = endpoint;
        this.work = work;
    }

    Commands.Run run(String... arguments) {
        List<String> command = new ArrayList<>(List.of(InteropTools.AWS_CLI.toString(), "--endpoint-url", endpoint.toString(),
                "--region", "us-east-1", "--output", "json"));
        command.addAll(List.of(arguments));
        Map<String, String> environment = new HashMap<>(Map.of("AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test", "AWS_PAGER", ""));
        ChildEnvironment.withoutAwsConfigFiles(environment, work);
        return Commands.run(command, work, environment, Duration.ofMinutes(2));
    }

    /** Runs a command that must succeed; its JSON output (an empty object when it prints nothing). */
    JsonNode ok(String... arguments) {
        Commands.Run run = run(arguments);
        assertThat(run.exitCode()).as("aws %s %s failed: %s", arguments[0], arguments[1], run.output()).isZero();
        try {
            return run.output().isBlank() ? JSON.createObjectNode() : JSON.readTree(run.output());
        } catch (IOException e) {
            throw new UncheckedIOException("aws " + arguments[0] + " " + arguments[1] + " printed no JSON: " + run.output(), e);
        }
    }
}
