package org.officeapi.targets;

import org.officeapi.target.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone embedded AWS ({@code target/embedded-aws.jar}) as a child process, the way the aws
 * target's code path is tested: started on a free port, its endpoint read from its first line, stopped
 * at the end. Its root secret key is made up per start, so that a test can look for it in a run's output.
 */
public final class StandaloneAws implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile(
            "Embedded AWS listening on (http://\\S+) \\(region (\\S+), account (\\d{12}), access key (\\S+?)[,)]");

    private final Process process;
    private final URI endpoint;
    private final String region;
    private final String accountId;
    private final String accessKey;
    private final String secretKey;
    private final StringBuffer log = new StringBuffer();
    private AwsClients clients;

    private StandaloneAws(Process process, Matcher first, String secretKey) {
        this.process = process;
        this.endpoint = URI.create(first.group(1));
        this.region = first.group(2);
        this.accountId = first.group(3);
        this.accessKey = first.group(4);
        this.secretKey = secretKey;
    }

    /** {@code --port 0 --enable-clock-control --iam-propagation-delay 3s}, as the aws target's ITs use it. */
    public static StandaloneAws withPropagationDelay() {
        return start("--enable-clock-control", "--iam-propagation-delay", "3s");
    }

    public static StandaloneAws start(String... options) {
        Path jar = Project.dir().resolve("target/embedded-aws.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: it is built in the package phase, before the ITs run");
        }
        String secretKey = madeUpSecret();
        List<String> command = new ArrayList<>(List.of(Project.java(), "-jar", jar.toString(), "--port", "0",
                "--access-key", "test", "--secret-key", secretKey));
        command.addAll(List.of(options));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the standalone embedded AWS: " + e.getMessage(), e);
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first;
        try {
            first = CompletableFuture.supplyAsync(() -> readLine(lines)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the standalone embedded AWS did not say where it listens", e);
        }
        Matcher matcher = first == null ? null : LISTENING.matcher(first);
        if (matcher == null || !matcher.find()) {
            process.destroyForcibly();
            throw new IllegalStateException("the standalone embedded AWS's first line is not its address: " + first);
        }
        StandaloneAws aws = new StandaloneAws(process, matcher, secretKey);
        Thread drain = new Thread(() -> {
            String line;
            while ((line = readLine(lines)) != null) {
                aws.log.append(line).append('\n');
            }
        }, "standalone-aws-output");
        drain.setDaemon(true);
        drain.start();
        return aws;
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

    /** What the server printed after its first line (warnings). */
    public String log() {
        return log.toString();
    }

    /** SDK clients with the root's credentials and the server's region, for checking what the server holds. */
    public synchronized AwsClients clients() {
        if (clients == null) {
            clients = new AwsClients(Region.of(region), endpoint,
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        }
        return clients;
    }

    @Override
    public synchronized void close() {
        if (clients != null) {
            clients.close();
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
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
