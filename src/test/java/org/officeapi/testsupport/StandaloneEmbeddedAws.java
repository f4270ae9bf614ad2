package org.officeapi.testsupport;

import org.officeapi.target.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone embedded AWS ({@code java -jar target/embedded-aws.jar --port 0 …}) as a child process, as any
 * outside client meets it: its endpoint, region, account and access key are read from the line it prints
 * first, everything it prints goes to a log file, and {@link #close()} stops it as Ctrl-C would (its own
 * shutdown hook closes the server). Should the test JVM end without closing it, it does not outlive the JVM.
 */
public final class StandaloneEmbeddedAws implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile(
            "^Embedded AWS listening on (http://\\S+) \\(region (\\S+), account (\\d{12}), access key (\\S+?)[,)]");
    private static final long START_TIMEOUT_SECONDS = 120;
    /** The server's own default (EmbeddedAwsMain): the AWS CLI scripts of interop/cli sign with test/test. */
    private static final String DEFAULT_SECRET_KEY = "test";

    private final Process process;
    private final URI endpoint;
    private final String region;
    private final String accountId;
    private final String accessKey;
    private final String secretKey;
    private final Path log;
    private final Thread stopAtExit;
    private AwsClients clients;

    private StandaloneEmbeddedAws(Process process, Matcher banner, String secretKey, Path log) {
        this.process = process;
        this.endpoint = URI.create(banner.group(1));
        this.region = banner.group(2);
        this.accountId = banner.group(3);
        this.accessKey = banner.group(4);
        this.secretKey = secretKey;
        this.log = log;
        this.stopAtExit = new Thread(process::destroyForcibly, "embedded-aws-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The flags of {@code java -jar target/embedded-aws.jar}, beyond {@code --port 0}. */
    public static final class Builder {
        private final List<String> flags = new ArrayList<>();
        private String secretKey = DEFAULT_SECRET_KEY;

        private Builder() {}

        /** A root secret key made up for this start, so that a test can look for it where it must never appear. */
        public Builder randomSecretKey() {
            secretKey = madeUpSecret();
            return this;
        }

        /** {@code --enable-clock-control}: serves {@code /_emulator/clock}, through which a target moves time. */
        public Builder clockControl() {
            flags.add("--enable-clock-control");
            return this;
        }

        /** {@code --iam-propagation-delay}: new roles and policies take this long to take effect, as on AWS. */
        public Builder iamPropagationDelay(Duration delay) {
            flags.addAll(List.of("--iam-propagation-delay", delay.toString()));
            return this;
        }

        /** Starts the jar and waits until it says where it listens; everything it prints goes to {@code log}. */
        public StandaloneEmbeddedAws start(Path log) {
            Path jar = Project.buildDir().resolve("embedded-aws.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: it is built in the package phase, before the ITs run");
            }
            List<String> command = new ArrayList<>(List.of(Project.java(), "-jar", jar.toString(), "--port", "0"));
            if (!secretKey.equals(DEFAULT_SECRET_KEY)) {
                command.addAll(List.of("--secret-key", secretKey));
            }
            command.addAll(flags);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            ChildEnvironment.scrub(builder.environment());
            Process process;
            try {
                Files.createDirectories(log.toAbsolutePath().getParent());
                process = builder.start();
            } catch (IOException e) {
                // the command holds the secret key: name the jar and the flags only
                throw new UncheckedIOException("cannot start " + jar + " " + String.join(" ", flags), e);
            }
            CompletableFuture<String> firstLine = new CompletableFuture<>();
            // keep draining its output, or a full pipe would block the server
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
            Matcher banner = LISTENING.matcher(line == null ? "" : line);
            if (!banner.find()) {
                process.destroyForcibly();
                throw new IllegalStateException("the standalone embedded AWS did not start; its first line was "
                        + (line == null ? "nothing" : "'" + line + "'") + " (output in " + log + ")");
            }
            return new StandaloneEmbeddedAws(process, banner, secretKey, log);
        }
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
            // the process has gone (or the log cannot be written): its log ends here
            firstLine.completeExceptionally(e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** The root's credentials. */
    public AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
    }

    /** Where everything the server printed goes. */
    public Path log() {
        return log;
    }

    /** SDK clients with the root's credentials and the server's region, for checking what the server holds. */
    public synchronized AwsClients clients() {
        if (clients == null) {
            clients = new AwsClients(Region.of(region), endpoint, credentials());
        }
        return clients;
    }

    /** Stops the server (SIGTERM, so that its shutdown hook closes it), forcibly after 30 s. */
    @Override
    public synchronized void close() {
        if (clients != null) {
            clients.close();
        }
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

    @Override
    public String toString() {
        return "StandaloneEmbeddedAws[" + endpoint + "]";
    }

    private static String madeUpSecret() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return secret.toString();
    }
}
