package org.officeapi.signin;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.time.Instant;

/** Temporary AWS credentials an identity pool gave a user, and the identity they belong to. Never printed. */
public record RoleCredentials(String identityId, AwsSessionCredentials credentials, Instant expiration) {

    @Override
    public String toString() {
        return "RoleCredentials[" + identityId + ", " + credentials.accessKeyId() + " until " + expiration + "]";
    }
}
