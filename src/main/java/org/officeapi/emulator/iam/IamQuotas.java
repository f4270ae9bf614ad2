package org.officeapi.emulator.iam;

/**
 * IAM's default quotas that this IAM enforces (IAM User Guide, "IAM and AWS STS quotas"). Policy
 * sizes count every character but whitespace.
 */
final class IamQuotas {

    /** All inline policies of one role together. */
    static final int ROLE_INLINE_POLICY_SIZE = 10_240;
    /** One managed policy. */
    static final int MANAGED_POLICY_SIZE = 6_144;
    /** A role's trust policy (the default; AWS can raise it to 4,096 on request). */
    static final int TRUST_POLICY_SIZE = 2_048;
    /** Managed policies attached to one role (the default; up to 20 on request). */
    static final int ATTACHED_POLICIES_PER_ROLE = 10;
    static final int TAGS_PER_ROLE = 50;

    private IamQuotas() {}
}
