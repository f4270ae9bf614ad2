package org.officeapi.testsupport;

import java.nio.file.Path;
import java.util.Map;

/**
 * The environment of the child processes the ITs start (the suite in a child JVM, the standalone embedded AWS,
 * the AWS CLI, Node.js): nothing of this machine's AWS or LocalStack settings, nor of its test users'
 * passwords, reaches them, and none of them ever probes the EC2 metadata address. A child gets only what its
 * test gives it.
 */
public final class ChildEnvironment {

    private ChildEnvironment() {}

    /** Removes {@code AWS_*}, {@code LOCALSTACK_*} and {@code OFFICE_API_*}, and turns the EC2 metadata lookup off. */
    public static void scrub(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("LOCALSTACK_") || name.startsWith("OFFICE_API_"));
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    /**
     * Points the AWS CLI's and SDKs' config and credentials files at files in {@code work} that do not exist,
     * so that no profile of this machine's is read.
     */
    public static void withoutAwsConfigFiles(Map<String, String> environment, Path work) {
        environment.put("AWS_CONFIG_FILE", work.resolve("no-aws-config").toAbsolutePath().toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("no-aws-credentials").toAbsolutePath().toString());
    }
}
