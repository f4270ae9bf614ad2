package org.officeapi.emulator.iam;

import org.officeapi.emulator.core.AwsErrorException;

/**
 * IAM's errors with AWS's codes, statuses and messages. Messages marked UNCONFIRMED were not found
 * in a source and follow the wording of their confirmed neighbours.
 */
final class IamErrors {

    private IamErrors() {}

    static AwsErrorException roleNotFound(String roleName) {
        return new AwsErrorException("NoSuchEntity", 404, "The role with name " + roleName + " cannot be found.");
    }

    static AwsErrorException roleExists(String roleName) {
        return new AwsErrorException("EntityAlreadyExists", 409, "Role with name " + roleName + " already exists.");
    }

    static AwsErrorException rolePolicyNotFound(String policyName) {
        return new AwsErrorException("NoSuchEntity", 404, "The role policy with name " + policyName + " cannot be found.");
    }

    static AwsErrorException policyNotFound(String policyArn) {
        return new AwsErrorException("NoSuchEntity", 404, "Policy " + policyArn + " does not exist or is not attachable.");
    }

    // UNCONFIRMED
    static AwsErrorException policyVersionNotFound(String policyArn, String versionId) {
        return new AwsErrorException("NoSuchEntity", 404, "Policy " + policyArn + " version " + versionId
                + " does not exist or is not attachable.");
    }

    // UNCONFIRMED: detaching a policy the role does not have
    static AwsErrorException policyNotAttached(String policyArn) {
        return new AwsErrorException("NoSuchEntity", 404, "Policy " + policyArn + " was not found.");
    }

    static AwsErrorException policyExists(String policyName) {
        return new AwsErrorException("EntityAlreadyExists", 409, "A policy called " + policyName
                + " already exists. Duplicate names are not allowed.");
    }

    static AwsErrorException invalidArn(String arn) {
        return new AwsErrorException("InvalidInput", 400, "ARN " + arn + " is not valid.");
    }

    static AwsErrorException mustDeletePolicies() {
        return new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must delete policies first.");
    }

    static AwsErrorException mustDetachPolicies() {
        return new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must detach all policies first.");
    }

    static AwsErrorException policyAttached() {
        return new AwsErrorException("DeleteConflict", 409, "Cannot delete a policy attached to entities.");
    }

    static AwsErrorException malformedPolicy(String message) {
        return new AwsErrorException("MalformedPolicyDocument", 400, message);
    }

    static AwsErrorException inlinePoliciesTooLarge(String roleName) {
        return new AwsErrorException("LimitExceeded", 409, "Maximum policy size of " + IamQuotas.ROLE_INLINE_POLICY_SIZE
                + " bytes exceeded for role " + roleName);
    }

    static AwsErrorException managedPolicyTooLarge() {
        return new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for PolicySize: " + IamQuotas.MANAGED_POLICY_SIZE);
    }

    static AwsErrorException trustPolicyTooLarge() {
        return new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for ACLSizePerRole: " + IamQuotas.TRUST_POLICY_SIZE);
    }

    static AwsErrorException tooManyAttachedPolicies() {
        return new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for PoliciesPerRole: " + IamQuotas.ATTACHED_POLICIES_PER_ROLE);
    }

    // UNCONFIRMED
    static AwsErrorException tooManyTags() {
        return new AwsErrorException("LimitExceeded", 409, "The number of tags has reached the maximum limit.");
    }

    // UNCONFIRMED: the wording for a marker this IAM did not hand out
    static AwsErrorException invalidMarker() {
        return new AwsErrorException("ValidationError", 400, "Invalid Marker.");
    }

    static AwsErrorException simulationInputNotSupported(String parameter) {
        return new AwsErrorException("InvalidInput", 400, "The embedded AWS does not simulate " + parameter + ".");
    }

    static AwsErrorException userNotFound(String userName) {
        return new AwsErrorException("NoSuchEntity", 404, "The user with name " + userName + " cannot be found.");
    }

    static AwsErrorException groupNotFound(String groupName) {
        return new AwsErrorException("NoSuchEntity", 404, "The group with name " + groupName + " cannot be found.");
    }
}
