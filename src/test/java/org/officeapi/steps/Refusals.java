package org.officeapi.steps;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

import static org.assertj.core.api.Assertions.assertThat;

/** How Then steps check that AWS refused: the error code it named, and its message. */
final class Refusals {

    private Refusals() {}

    /** @param message the exact message, or null to check the code only (where real AWS's wording is unconfirmed) */
    static void assertRefused(ScenarioContext context, String code, String message) {
        assertThat(context.wasRefused()).as("the call was expected to be refused with %s, but it succeeded", code).isTrue();
        AwsServiceException refusal = context.lastRefusal();
        assertThat(refusal.awsErrorDetails().errorCode()).as("error code (message: %s)", refusal.awsErrorDetails().errorMessage())
                .isEqualTo(code);
        if (message != null) {
            assertThat(refusal.awsErrorDetails().errorMessage()).isEqualTo(message);
        }
    }

    static void assertRefusedStartingWith(ScenarioContext context, String code, String start) {
        assertRefused(context, code, null);
        assertThat(context.lastRefusal().awsErrorDetails().errorMessage()).startsWith(start);
    }
}
