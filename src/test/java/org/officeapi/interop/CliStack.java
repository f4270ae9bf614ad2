package org.officeapi.interop;

import org.officeapi.target.AwsClients;
import org.officeapi.testsupport.Project;
import org.officeapi.testsupport.StandaloneEmbeddedAws;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The walkthrough's stack as the AWS CLI v2 provisions it ({@code interop/cli/provision-walkthrough.sh}) on a
 * standalone embedded AWS started for the run: one per test run, shared by the interop ITs through
 * {@link CliStackExtension}, stopped when the run ends. Its files live in {@code target/interop-cli/}.
 */
final class CliStack implements AutoCloseable {

    static final Path PROJECT = Project.dir();
    static final Path WORK = Project.buildDir().resolve("interop-cli");
    static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(5);

    private final StandaloneEmbeddedAws server;
    private final Path outDir;
    private final Commands.Run provisioning;
    private final AwsCli cli;

    private CliStack(StandaloneEmbeddedAws server, Path outDir, Commands.Run provisioning) {
        this.server = server;
        this.outDir = outDir;
        this.provisioning = provisioning;
        this.cli = new AwsCli(server.endpoint(), WORK);
    }

    static CliStack provision() {
        Project.deleteRecursively(WORK);
        // the server's default root credentials test/test, which the scripts of interop/cli sign with
        StandaloneEmbeddedAws server = StandaloneEmbeddedAws.builder().clockControl().start(WORK.resolve("embedded-aws.log"));
        try {
            Path outDir = WORK.resolve("stack");
            Commands.Run run = script("provision-walkthrough.sh", server.endpoint().toString(), outDir.toString());
            if (!run.succeeded()) {
                throw new IllegalStateException("interop/cli/provision-walkthrough.sh failed: " + run.describe());
            }
            return new CliStack(server, outDir, run);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Runs one of {@code interop/cli/*.sh} with these arguments. */
    static Commands.Run script(String name, String... arguments) {
        List<String> command = Stream.concat(Stream.of("bash", PROJECT.resolve("interop/cli").resolve(name).toString()),
                Stream.of(arguments)).toList();
        return Commands.run(command, PROJECT, Map.of(), SCRIPT_TIMEOUT);
    }

    String endpoint() {
        return server.endpoint().toString();
    }

    /** Where provision-walkthrough.sh wrote stack.properties and passwords.env. */
    Path outDir() {
        return outDir;
    }

    Path stackProperties() {
        return outDir.resolve("stack.properties");
    }

    Properties stackDescription() {
        return load(stackProperties());
    }

    /** OFFICE_API_PASSWORD_<NAME> → password, as passwords.env holds them. */
    Map<String, String> passwords() {
        Map<String, String> passwords = new LinkedHashMap<>();
        load(outDir.resolve("passwords.env")).forEach((key, value) -> passwords.put(key.toString(), value.toString()));
        return passwords;
    }

    /** What provision-walkthrough.sh printed when it made the stack. */
    Commands.Run provisioning() {
        return provisioning;
    }

    AwsCli cli() {
        return cli;
    }

    /** SDK clients for reading the server (the root credentials test/test). */
    AwsClients sdk() {
        return server.clients();
    }

    @Override
    public void close() {
        server.close();
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }
}
