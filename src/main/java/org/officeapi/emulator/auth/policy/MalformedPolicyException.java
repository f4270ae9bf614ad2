package org.officeapi.emulator.auth.policy;

/**
 * A policy document IAM refuses, with the message IAM gives (IAM reports it as
 * {@code MalformedPolicyDocument}, 400). The messages are AWS's own where AWS's wording is known;
 * the others are marked UNCONFIRMED where they are raised.
 */
public final class MalformedPolicyException extends RuntimeException {

    static final String SYNTAX = "Syntax errors in policy.";
    static final String INVALID_JSON = "This policy contains invalid Json";
    static final String LEGACY_PARSING = "The policy failed legacy parsing";
    static final String PRINCIPAL_IN_IDENTITY_POLICY = "Policy document should not specify a principal.";
    static final String NO_ACTIONS = "Policy statement must contain actions.";
    static final String NO_RESOURCES = "Policy statement must contain resources.";
    static final String NO_VENDOR = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
    static final String ONE_COLON = "Actions/Condition can contain only one colon.";
    static final String VENDOR_WILDCARD = "Action vendors (e.g., aws, ec2, etc.) must not contain wildcards";
    static final String NO_PRINCIPALS = "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: "
            + "The passed in policy has a statement with no principals!";
    // UNCONFIRMED: remembered from IAM's console and API, not found in a source
    static final String SID_NOT_ALPHANUMERIC = "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies "
            + "the regular expression [0-9A-Za-z]*";
    // UNCONFIRMED: as above
    static final String SID_NOT_UNIQUE = "Statement IDs (SID) in a single policy must be unique.";

    public MalformedPolicyException(String message) {
        super(message, null, false, false);
    }

    static MalformedPolicyException of(String message) {
        return new MalformedPolicyException(message);
    }

    static MalformedPolicyException resourceNotArn(String resource) {
        return new MalformedPolicyException("Resource " + resource + " must be in ARN format or \"*\".");
    }

    static MalformedPolicyException prohibitedField(String field) {
        return new MalformedPolicyException("Has prohibited field " + field);
    }

    static MalformedPolicyException invalidPrincipal(String type, String value) {
        return new MalformedPolicyException("Invalid principal in policy: \"" + type + "\":\"" + value + "\"");
    }
}
