package org.officeapi.target;

import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.time.Duration;
import java.util.Optional;

/** The default target: the project's own embedded AWS, started in this JVM on a free loopback port. */
public final class EmbeddedTarget extends AbstractTarget {

    private final EmbeddedAws aws;

    public EmbeddedTarget() {
        this(EmbeddedAws.start());
    }

    /** An embedded AWS the caller started (e.g. with an IAM propagation delay); closed with the target. */
    public EmbeddedTarget(EmbeddedAws aws) {
        super(Region.of(aws.region()), aws.endpoint(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())), clockOf(aws));
        this.aws = aws;
    }

    /** The embedded AWS's own clock, moved in-process. */
    private static TargetClock clockOf(EmbeddedAws aws) {
        TimeMachine timeMachine = new TimeMachine() {
            @Override
            public void advance(Duration amount) {
                aws.clock().advance(amount);
            }

            @Override
            public void reset() {
                aws.clock().reset();
            }
        };
        return new TargetClock(aws.clock(), Optional.of(timeMachine));
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    protected String whoseClock() {
        return "the embedded AWS's";
    }

    /** The embedded AWS itself, for checks that only make sense here (nothing left behind after a run). */
    public EmbeddedAws aws() {
        return aws;
    }

    @Override
    public void close() {
        super.close();
        aws.close();
    }
}
