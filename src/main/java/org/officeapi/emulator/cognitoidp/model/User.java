package org.officeapi.emulator.cognitoidp.model;

import org.officeapi.emulator.cognitoidp.password.PasswordCredential;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user of a pool. {@code attributes} holds every attribute but {@code sub} (which is fixed at creation)
 * in the order they were first set. The password is kept only as a {@link PasswordCredential}; a pending
 * sign-up confirmation code is kept with when it was issued.
 *
 * @param passwordSetAt when the current password was set: a temporary password expires from here
 */
public record User(String username, String sub, Map<String, String> attributes, UserStatusType status, boolean enabled,
                   PasswordCredential credential, Instant passwordSetAt, Instant created, Instant lastModified,
                   PendingCode confirmationCode) {

    /** A code sent (in AWS) to confirm a sign-up, and when it was issued. */
    public record PendingCode(String code, Instant issuedAt) {
        @Override
        public String toString() {
            return "PendingCode[issued " + issuedAt + "]";
        }
    }

    public User {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public User withStatus(UserStatusType newStatus, Instant at) {
        return new User(username, sub, attributes, newStatus, enabled, credential, passwordSetAt, created, at, confirmationCode);
    }

    public User withEnabled(boolean newEnabled, Instant at) {
        return new User(username, sub, attributes, status, newEnabled, credential, passwordSetAt, created, at, confirmationCode);
    }

    public User withPassword(PasswordCredential newCredential, UserStatusType newStatus, Instant at) {
        return new User(username, sub, attributes, newStatus, enabled, newCredential, at, created, at, confirmationCode);
    }

    public User withAttributes(Map<String, String> newAttributes, Instant at) {
        return new User(username, sub, newAttributes, status, enabled, credential, passwordSetAt, created, at, confirmationCode);
    }

    public User withConfirmationCode(PendingCode code) {
        return new User(username, sub, attributes, status, enabled, credential, passwordSetAt, created, lastModified, code);
    }

    @Override
    public String toString() {
        // attribute values and the credential are personal or secret: never in logs
        return "User[" + status + (enabled ? "" : ", disabled") + ", sub " + sub + "]";
    }
}
