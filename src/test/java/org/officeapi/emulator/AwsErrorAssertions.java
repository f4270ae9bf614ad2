package org.officeapi.emulator;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the error an SDK client reports: AWS's code, HTTP status and message. */
public final class AwsErrorAssertions {

    private AwsErrorAssertions() {}

    /** For {@code assertThatThrownBy(...).satisfies(awsError("NoSuchEntity", 404, "…"))}. */
    public static Consumer<Throwable> awsError(String code, int status, String message) {
        return thrown -> {
            assertThat(thrown).isInstanceOf(AwsServiceException.class);
            AwsServiceException e = (AwsServiceException) thrown;
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        };
    }

    /** The code and status only, for messages AWS's sources do not pin down. */
    public static Consumer<Throwable> awsError(String code, int status) {
        return thrown -> {
            assertThat(thrown).isInstanceOf(AwsServiceException.class);
            AwsServiceException e = (AwsServiceException) thrown;
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(status);
        };
    }
}
