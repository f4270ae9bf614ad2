package org.officeapi.target;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * LocalStack Pro, started by Testcontainers ({@link LocalStackSettings}), or one that is already running
 * ({@code -Dlocalstack.endpoint=URL}, e.g. from {@code localstack/docker-compose.yml}).
 */
public final class LocalStackTarget extends AbstractTarget {

    private final LocalStackContainer container;

    private LocalStackTarget(LocalStackContainer container, URI endpoint, Region region, String accessKey, String secretKey) {
        super(region, endpoint, StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)), TargetClock.system());
        this.container = container;
    }

    public static LocalStackTarget fromSystemProperties() {
        String running = System.getProperty("localstack.endpoint");
        if (running != null && !running.isBlank()) {
            URI endpoint = URI.create(running);
            requireAnswering(endpoint);
            return new LocalStackTarget(null, endpoint, Region.of(System.getProperty("aws.region", "us-east-1")), "test", "test");
        }
        String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
        List<String> missing = missing(() -> DockerClientFactory.instance().isDockerAvailable(), token);
        if (!missing.isEmpty()) {
            throw new TargetUnavailableException("the localstack target cannot start: " + String.join("; ", missing)
                    + ". Or run LocalStack yourself (see localstack/README.md) and pass -Dlocalstack.endpoint=http://localhost:4566");
        }
        LocalStackContainer container = LocalStackSettings.of(System.getProperty("localstack.image", LocalStackSettings.DEFAULT_IMAGE), token)
                .container();
        container.start();
        return new LocalStackTarget(container, container.getEndpoint(), Region.of(container.getRegion()), container.getAccessKey(),
                container.getSecretKey());
    }

    /** What stops the container from starting, each with its fix; empty when nothing does. */
    static List<String> missing(BooleanSupplier dockerAvailable, String authToken) {
        List<String> missing = new ArrayList<>();
        if (!dockerAvailable.getAsBoolean()) {
            missing.add("Docker is not available (Testcontainers found no Docker environment; start Docker or set DOCKER_HOST)");
        }
        if (authToken == null || authToken.isBlank()) {
            missing.add("LOCALSTACK_AUTH_TOKEN is not set (Cognito and IAM enforcement are LocalStack Pro features; export your token)");
        }
        return missing;
    }

    private static void requireAnswering(URI endpoint) {
        try {
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(HttpRequest.newBuilder(endpoint.resolve("/_localstack/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new TargetUnavailableException("no LocalStack answers at " + endpoint + " (-Dlocalstack.endpoint): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetUnavailableException("interrupted while reaching LocalStack at " + endpoint, e);
        }
    }

    @Override
    public String name() {
        return "localstack";
    }

    @Override
    protected String whoseClock() {
        return "LocalStack's";
    }

    @Override
    public void close() {
        super.close();
        if (container != null) {
            container.stop();
        }
    }
}
