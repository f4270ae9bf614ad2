package org.officeapi.emulator.cognitoidp.model;

import java.time.Instant;

/**
 * A code ForgotPassword sent (in AWS) so that the user can choose a new password: the code, whom it was for (the
 * user's {@code sub}, so that a user deleted and created again under the same name cannot use it) and when it was issued.
 */
public record PasswordResetCode(String code, String sub, Instant issuedAt) {

    @Override
    public String toString() {
        return "PasswordResetCode[issued " + issuedAt + "]";
    }
}
