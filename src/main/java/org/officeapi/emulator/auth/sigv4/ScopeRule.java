package org.officeapi.emulator.auth.sigv4;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a credential scope must say for a service to accept it: the service's signing name and a
 * region the service answers in; and whether the service normalises the path before signing (every
 * service but S3 does).
 */
public record ScopeRule(String service, Predicate<String> regionAllowed, boolean normalizePath) {

    public ScopeRule(String service, Predicate<String> regionAllowed) {
        this(service, regionAllowed, true);
    }

    /** The same rule for a service that signs the path exactly as sent (S3's way). */
    public ScopeRule withoutPathNormalisation() {
        return new ScopeRule(service, regionAllowed, false);
    }

    private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d");

    /** A regional service: any region name of AWS's shape (the region then chooses the state the call acts on). */
    public static ScopeRule regional(String service) {
        return new ScopeRule(service, region -> AWS_REGION.matcher(region).matches());
    }

    /** IAM: signed for us-east-1 by AWS's own SDKs, and for {@code aws-global} by SDK v2 with an endpoint override. */
    public static ScopeRule global(String service) {
        return new ScopeRule(service, region -> region.equals("us-east-1") || region.equals("aws-global"));
    }

    /** A single region, e.g. the region an API was created in. */
    public static ScopeRule only(String service, String region) {
        return new ScopeRule(service, region::equals);
    }
}
