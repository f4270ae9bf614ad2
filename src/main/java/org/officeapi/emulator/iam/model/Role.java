package org.officeapi.emulator.iam.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An IAM role as IAM stores it. {@code trustPolicy} is the document exactly as given (IAM returns
 * it URL-encoded). Tags keep the order they were added in.
 */
public record Role(String accountId, String name, String path, String roleId, String arn, Instant createDate,
                   String trustPolicy, String description, int maxSessionDuration, String permissionsBoundary,
                   Map<String, String> tags) {

    public Role {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public Role withTrustPolicy(String document) {
        return new Role(accountId, name, path, roleId, arn, createDate, document, description, maxSessionDuration,
                permissionsBoundary, tags);
    }

    public Role withTags(Map<String, String> newTags) {
        return new Role(accountId, name, path, roleId, arn, createDate, trustPolicy, description, maxSessionDuration,
                permissionsBoundary, newTags);
    }
}
