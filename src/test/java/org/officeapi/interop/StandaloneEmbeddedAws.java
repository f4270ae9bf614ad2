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
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar target/embedded-aws.jar --port 0} as a child process: the embedded AWS exactly as a
 * non-Java client meets it. Its endpoint comes from the first line it prints; its output goes to a log
 * file; {@link #close()} stops it as Ctrl-C would (its shutdown hook closes the server).
 */
final class StandaloneEmbeddedAws implements AutoCloseable {

    static final Path JAR = Path.of("target/embedded-aws.jar");

    private static final Pattern LISTENING = Pattern.compile(
            "^Embedded AWS listening on (http://\\S+) \\(region (\\S+), account (\\d{12}), access key (\\S+?)[,)].*");
    private static final long START_SECONDS = 90;

    private final Process process;
    private final URI endpoint;
    private final String region;
    private final String accountId;
    private final String accessKey;
    private final String secretKey;

    private StandaloneEmbeddedAws(Process process, Matcher banner, String secretKey) {
        this.process = process;
        this.endpoint = URI.create(banner.group(1));
        this.region = banner.group(2);
        this.accountId = banner.group(3);
        this.accessKey = banner.group(4);
        this.secretKey = secretKey;
    }

    /** Starts the jar with a secret key of its own and waits for it to listen; its output goes to {@code log}. */
    static StandaloneEmbeddedAws start(Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: it is built by `mvn package` (mvn verify builds it before the ITs)");
        }
        byte[] random = new byte[20];
        new SecureRandom().nextBytes(random);
        String secretKey = HexFormat.of().formatHex(random);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-jar", JAR.toString(), "--port", "0", "--secret-key", secretKey))
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> readLine(output));
        String line;
        try {
            line = firstLine.get(START_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            logWriter.close();
            throw new IllegalStateException(JAR + " did not say it was listening within " + START_SECONDS + " s", e);
        }
        Matcher banner = line == null ? null : LISTENING.matcher(line);
        if (banner == null || !banner.matches()) {
            process.destroyForcibly();
            logWriter.close();
            throw new IllegalStateException(JAR + " did not start: its first line was " + (line == null ? "nothing (it exited "
                    + process.waitFor() + ")" : "'" + line + "'") + "; see " + log);
        }
        logWriter.write(line + System.lineSeparator());
        // keep draining its output, or a full pipe would block the server
        Thread drain = new Thread(() -> copy(output, logWriter), "embedded-aws-output");
        drain.setDaemon(true);
        drain.start();
        return new StandaloneEmbeddedAws(process, banner, secretKey);
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(BufferedReader from, Writer to) {
        try (from; to) {
            String line;
            while ((line = from.readLine()) != null) {
                to.write(line + System.lineSeparator());
                to.flush();
            }
        } catch (IOException e) {
            // the process has gone; its log ends here
        }
    }

    URI endpoint() {
        return endpoint;
    }

    String region() {
        return region;
    }

    String accountId() {
        return accountId;
    }

    String accessKey() {
        return accessKey;
    }

    String secretKey() {
        return secretKey;
    }

    /** Stops the server (SIGTERM, so that its shutdown hook closes it), forcibly after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "StandaloneEmbeddedAws[" + endpoint + "]";
    }
}
