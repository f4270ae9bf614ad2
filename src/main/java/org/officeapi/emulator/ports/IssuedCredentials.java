package org.officeapi.emulator.ports;

import java.time.Instant;

/** Temporary credentials STS issued for a role session. */
public record IssuedCredentials(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration,
                                String assumedRoleArn, String assumedRoleId) {

    @Override
    public String toString() {
        return "IssuedCredentials[" + accessKeyId + " for " + assumedRoleArn + " until " + expiration + "]";
    }
}
