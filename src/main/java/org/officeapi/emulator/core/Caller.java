package org.officeapi.emulator.core;

import java.util.Objects;

/**
 * Who signed a request, as AWS knows it once the signature has been checked: the account root, or a
 * role session created by STS (for this project, through a Cognito identity pool).
 *
 * @param accountId   the account the credentials belong to
 * @param arn         {@code arn:aws:iam::{account}:root} or {@code arn:aws:sts::{account}:assumed-role/{role}/{session}}
 * @param principalId what AWS reports as the user id: the account id for root, {@code AROA…:session} for a role session
 * @param accessKeyId the access key the request was signed with
 * @param roleArn     the assumed role's ARN (path included), or null for root
 * @param webIdentity the federated identity behind a role session, or null
 */
public record Caller(Kind kind, String accountId, String arn, String principalId, String accessKeyId, String roleArn,
                     WebIdentity webIdentity) {

    public enum Kind { ROOT, ASSUMED_ROLE }

    public Caller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(arn, "arn");
    }

    public static Caller root(String accountId, String accessKeyId) {
        return new Caller(Kind.ROOT, accountId, "arn:aws:iam::" + accountId + ":root", accountId, accessKeyId, null, null);
    }

    public boolean isRoot() {
        return kind == Kind.ROOT;
    }
}
