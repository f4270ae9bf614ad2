package org.officeapi.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone embedded AWS ({@code java -jar target/embedded-aws.jar --port 0 --enable-clock-control})
 * as a child process, as any outside client meets it: the endpoint is read from the line it prints first,
 * everything it prints after goes to a log file, and {@link #close()} stops it (this process, by its handle).
 */
final class StandaloneServer implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("^Embedded AWS listening on (http://\\S+) ");
    private static final long START_TIMEOUT_SECONDS = 120;

    private final Process process;
    private final URI endpoint;
    private final Path log;
    private final Thread stopAtExit;

    private StandaloneServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
        // Should the test JVM end without closing it, the server must not outlive it.
        this.stopAtExit = new Thread(process::destroyForcibly, "embedded-aws-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    static StandaloneServer start(Path jar, Path log, String... flags) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the standalone embedded AWS is built by `mvn package`");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString(), "--port", "0"));
        command.addAll(List.of(flags));
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
        CompletableFuture<String> firstLine = new CompletableFuture<>();
        Thread drain = new Thread(() -> drain(process, log, firstLine), "embedded-aws-output");
        drain.setDaemon(true);
        drain.start();
        String line;
        try {
            line = firstLine.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the standalone embedded AWS did not say where it listens within "
                    + START_TIMEOUT_SECONDS + " s; its output is in " + log, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the standalone embedded AWS", e);
        }
        Matcher matcher = LISTENING.matcher(line == null ? "" : line);
        if (!matcher.find()) {
            process.destroyForcibly();
            throw new IllegalStateException("the standalone embedded AWS did not start; it said: " + line + " (output in " + log + ")");
        }
        return new StandaloneServer(process, URI.create(matcher.group(1)), log);
    }

    private static void drain(Process process, Path log, CompletableFuture<String> firstLine) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                firstLine.complete(line);
                file.write(line);
                file.write('\n');
                file.flush();
            }
            firstLine.complete(null);
        } catch (IOException e) {
            firstLine.completeExceptionally(e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
