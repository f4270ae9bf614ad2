package org.officeapi.target;

import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The default target: the project's own embedded AWS, started in this JVM on a free loopback port. */
public final class EmbeddedTarget implements Target {

    private final EmbeddedAws aws;
    private final AwsCredentialsProvider credentials;
    private final AwsClients clients;

    public EmbeddedTarget() {
        this(EmbeddedAws.start());
    }

    /** An embedded AWS the caller started (e.g. with an IAM propagation delay); closed with the target. */
    public EmbeddedTarget(EmbeddedAws aws) {
        this.aws = aws;
        this.credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey()));
        this.clients = new AwsClients(Region.of(aws.region()), aws.endpoint(), credentials);
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public Region region() {
        return Region.of(aws.region());
    }

    @Override
    public Optional<URI> endpointOverride() {
        return Optional.of(aws.endpoint());
    }

    @Override
    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    @Override
    public AwsClients clients() {
        return clients;
    }

    /** LocalStack's layout, which the embedded AWS also serves: {@code {endpoint}/_aws/execute-api/{apiId}}. */
    @Override
    public URI invokeUrl(String apiId) {
        return URI.create(aws.endpoint() + "/_aws/execute-api/" + apiId);
    }

    @Override
    public Clock clock() {
        return aws.clock();
    }

    @Override
    public Optional<TimeMachine> timeMachine() {
        return Optional.of(new TimeMachine() {
            @Override
            public void advance(Duration amount) {
                aws.clock().advance(amount);
            }

            @Override
            public void reset() {
                aws.clock().reset();
            }
        });
    }

    @Override
    public boolean provisions() {
        return true;
    }

    @Override
    public Map<String, String> unsupportedTags() {
        return Map.of();
    }

    /** The embedded AWS itself, for checks that only make sense here (nothing left behind after a run). */
    public EmbeddedAws aws() {
        return aws;
    }

    @Override
    public void close() {
        clients.close();
        aws.close();
    }
}
