package org.officeapi.interop;

import org.officeapi.testsupport.ChildEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end, in an environment cleared of this machine's AWS settings and test passwords ({@link ChildEnvironment}). */
final class Commands {

    /** One finished command: its exit code and what it printed (stdout and stderr, interleaved). */
    record Run(List<String> command, int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }

        /** For assertion messages: the command's name and its output. */
        String describe() {
            return String.join(" ", command.subList(0, Math.min(3, command.size()))) + " … exited " + exitCode + ":\n" + output;
        }
    }

    private Commands() {}

    static Run run(List<String> command, Path directory, Map<String, String> environment, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        ChildEnvironment.scrub(builder.environment());
        builder.environment().putAll(environment);
        try {
            Path out = Files.createTempFile("command", ".out");
            try {
                Process process = builder.redirectOutput(out.toFile()).start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new IllegalStateException(command.get(0) + " did not finish within " + timeout.toSeconds()
                            + " s; it printed:\n" + Files.readString(out, StandardCharsets.UTF_8));
                }
                return new Run(List.copyOf(command), process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }
}
