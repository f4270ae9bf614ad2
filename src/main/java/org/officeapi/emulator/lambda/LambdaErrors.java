package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.AwsErrorException;

/** Lambda's errors, with AWS's codes, statuses and messages. Each call makes a fresh exception. */
public final class LambdaErrors {

    private LambdaErrors() {}

    public static AwsErrorException functionNotFound(String arn) {
        return new AwsErrorException("ResourceNotFoundException", 404, "Function not found: " + arn);
    }

    public static AwsErrorException functionExists(String name) {
        return new AwsErrorException("ResourceConflictException", 409, "Function already exist: " + name);
    }

    public static AwsErrorException invalidParameter(String message) {
        return new AwsErrorException("InvalidParameterValueException", 400, message);
    }

    /**
     * The execution role does not exist (or has not propagated yet), or its trust policy does not let
     * {@code lambda.amazonaws.com} assume it.
     */
    public static AwsErrorException roleCannotBeAssumed() {
        return invalidParameter("The role defined for the function cannot be assumed by Lambda.");
    }

    public static AwsErrorException notReachableFromRegion(String functionRegion, String region) {
        return new AwsErrorException("ResourceNotFoundException", 404,
                "Functions from '" + functionRegion + "' are not reachable in this region ('" + region + "')");
    }

    /** UNCONFIRMED wording: a function of another account, named by ARN, without a resource policy allowing the caller. */
    public static AwsErrorException crossAccount(String callerArn, String action, String resourceArn) {
        return new AwsErrorException("AccessDeniedException", 403, "User: " + callerArn + " is not authorized to perform: "
                + action + " on resource: " + resourceArn + " because no resource-based policy allows the " + action + " action");
    }

    public static AwsErrorException qualifierMismatch() {
        return invalidParameter("The derived qualifier from the function name does not match the specified qualifier.");
    }

    public static AwsErrorException statementExists(String sid) {
        return new AwsErrorException("ResourceConflictException", 409, "The statement id (" + sid
                + ") provided already exists. Please provide a new statement id, or remove the existing statement.");
    }

    public static AwsErrorException statementNotFound(String sid) {
        return new AwsErrorException("ResourceNotFoundException", 404, "Statement " + sid + " is not found in resource policy.");
    }

    public static AwsErrorException noPolicy() {
        return new AwsErrorException("ResourceNotFoundException", 404, "No policy is associated with the given resource.");
    }

    public static AwsErrorException revisionMismatch() {
        return new AwsErrorException("PreconditionFailedException", 412, "The Revision Id provided does not match the latest"
                + " Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
    }

    public static AwsErrorException invalidPrincipal() {
        return invalidParameter("The provided principal was invalid. Please check the principal and try again.");
    }

    public static AwsErrorException invalidRequestContent(String detail) {
        return new AwsErrorException("InvalidRequestContentException", 400,
                "Could not parse request body into json: Could not parse payload into json: " + detail);
    }

    public static AwsErrorException requestTooLarge(long limit) {
        return new AwsErrorException("RequestTooLargeException", 413,
                "Request must be smaller than " + limit + " bytes for the InvokeFunction operation");
    }
}
