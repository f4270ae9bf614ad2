package org.officeapi.target;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.Objects;

/**
 * A real AWS account, where the suite creates an ephemeral stack (every name prefixed
 * {@code oaa-<runId>-}, everything tagged with the run) and removes it at the end. It refuses to run
 * without {@code -Daws.allowProvisioning=true}, and in any account but {@code -Daws.account} when that
 * is given. {@code -Daws.endpoint=URL} points it at any AWS-compatible endpoint instead (that is how
 * this code path is tested, against the standalone embedded AWS).
 */
public final class AwsTarget extends AbstractTarget {

    private AwsTarget(Region region, URI endpoint, AwsCredentialsProvider credentials) {
        super(region, endpoint, credentials, TargetClock.at(endpoint));
    }

    /** Reads {@code aws.region}, {@code aws.profile}, {@code aws.endpoint}, {@code aws.allowProvisioning} and {@code aws.account}. */
    public static AwsTarget fromSystemProperties() {
        String regionName = firstNonBlank(System.getProperty("aws.region"), System.getenv("AWS_REGION"), System.getenv("AWS_DEFAULT_REGION"));
        if (regionName == null) {
            throw new TargetUnavailableException("the aws target needs a region: pass -Daws.region=us-east-1 (or set AWS_REGION)");
        }
        if (!Boolean.parseBoolean(System.getProperty("aws.allowProvisioning"))) {
            throw new TargetUnavailableException("the aws target creates and deletes IAM roles, a user pool, an identity pool, a Lambda"
                    + " and a REST API in your account; pass -Daws.allowProvisioning=true to allow it");
        }
        String profile = System.getProperty("aws.profile");
        AwsCredentialsProvider credentials = profile == null || profile.isBlank()
                ? DefaultCredentialsProvider.builder().build() : ProfileCredentialsProvider.create(profile);
        String endpoint = System.getProperty("aws.endpoint");
        AwsTarget target = new AwsTarget(Region.of(regionName), endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint),
                credentials);
        target.checkAccount(System.getProperty("aws.account"));
        return target;
    }

    /**
     * An AWS-compatible endpoint (such as the standalone embedded AWS) reached with these credentials, for code
     * that already holds the values {@link #fromSystemProperties()} would read (the interoperability tests). The
     * caller has opted in by naming the endpoint; the credentials are checked the same way.
     */
    public static AwsTarget atEndpoint(URI endpoint, Region region, AwsCredentialsProvider credentials) {
        AwsTarget target = new AwsTarget(region, Objects.requireNonNull(endpoint, "endpoint"), credentials);
        target.checkAccount(null);
        return target;
    }

    private void checkAccount(String expected) {
        String actual;
        try {
            actual = clients().sts().getCallerIdentity().account();
        } catch (SdkException e) {
            close();
            throw new TargetUnavailableException("the aws target cannot use its credentials (" + e.getMessage()
                    + "): configure the default credential chain or pass -Daws.profile=NAME", e);
        }
        if (expected != null && !expected.isBlank() && !expected.equals(actual)) {
            close();
            throw new TargetUnavailableException("the credentials belong to account " + actual + ", not to " + expected
                    + " given by -Daws.account; refusing to touch it");
        }
    }

    @Override
    public String name() {
        return "aws";
    }

    @Override
    protected String whoseClock() {
        return "AWS's";
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
