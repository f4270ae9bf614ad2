package org.officeapi.emulator.iam.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer managed policy. Only its first version ({@code v1}) exists: CreatePolicyVersion is not
 * served, so the default version never changes.
 */
public record ManagedPolicy(String accountId, String name, String path, String policyId, String arn, String document,
                            String description, Instant createDate, Map<String, String> tags) {

    public static final String DEFAULT_VERSION = "v1";

    public ManagedPolicy {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
