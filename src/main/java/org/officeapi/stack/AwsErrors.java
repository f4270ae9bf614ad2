package org.officeapi.stack;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.Set;

/** Reading AWS errors the same way on every target. */
public final class AwsErrors {

    private static final Set<String> NOT_FOUND = Set.of("ResourceNotFoundException", "NoSuchEntity", "NoSuchEntityException",
            "NotFoundException");

    private AwsErrors() {}

    public static String code(Exception e) {
        return e instanceof AwsServiceException aws && aws.awsErrorDetails() != null ? aws.awsErrorDetails().errorCode() : null;
    }

    public static String message(Exception e) {
        return e instanceof AwsServiceException aws && aws.awsErrorDetails() != null ? aws.awsErrorDetails().errorMessage()
                : e.getMessage();
    }

    /** The resource is not there (any service's way of saying so): teardown counts that as done. */
    public static boolean isNotFound(Exception e) {
        return NOT_FOUND.contains(code(e)) || (e instanceof AwsServiceException aws && aws.statusCode() == 404);
    }
}
