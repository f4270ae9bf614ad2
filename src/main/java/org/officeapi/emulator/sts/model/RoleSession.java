package org.officeapi.emulator.sts.model;

import org.officeapi.emulator.core.Caller;

import java.time.Instant;

/**
 * A role session and the temporary credentials STS issued for it. {@code caller} is who requests
 * signed with these credentials are made by: the assumed-role session, with its web identity.
 */
public record RoleSession(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration,
                          Caller caller) {

    @Override
    public String toString() {
        // never the secret or the session token
        return "RoleSession[" + accessKeyId + " for " + caller.arn() + " until " + expiration + "]";
    }
}
