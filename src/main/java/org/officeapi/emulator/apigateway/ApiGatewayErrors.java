package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.core.AwsErrorException;

/**
 * API Gateway's control-plane errors, worded as AWS words them. Messages marked "validated" were
 * recorded from real AWS in LocalStack's snapshot tests (tests/aws/services/apigateway/
 * test_apigateway_api.snapshot.json); the others are UNCONFIRMED and noted where they are made.
 */
final class ApiGatewayErrors {

    private ApiGatewayErrors() {}

    static AwsErrorException notFound(String message) {
        return new AwsErrorException("NotFoundException", 404, message);
    }

    static AwsErrorException badRequest(String message) {
        return new AwsErrorException("BadRequestException", 400, message);
    }

    static AwsErrorException conflict(String message) {
        return new AwsErrorException("ConflictException", 409, message);
    }

    /** Validated: {@code Invalid API identifier specified 111111111111:abcde0}. */
    static AwsErrorException apiNotFound(String accountId, String apiId) {
        return notFound("Invalid API identifier specified " + accountId + ":" + apiId);
    }

    /** Validated; AWS answers it also when the API itself is unknown on method and integration calls. */
    static AwsErrorException resourceNotFound() {
        return notFound("Invalid Resource identifier specified");
    }

    /** Validated. */
    static AwsErrorException methodNotFound() {
        return notFound("Invalid Method identifier specified");
    }

    /** Validated (GetIntegration on a method without one). */
    static AwsErrorException integrationNotFound() {
        return notFound("Invalid Integration identifier specified");
    }

    /** UNCONFIRMED capitalisation (LocalStack's wording, which follows its snapshot tests). */
    static AwsErrorException stageNotFound() {
        return notFound("Invalid Stage identifier specified");
    }

    /** UNCONFIRMED capitalisation, chosen to match the validated messages above. */
    static AwsErrorException deploymentNotFound() {
        return notFound("Invalid Deployment identifier specified");
    }

    /** Validated. */
    static AwsErrorException siblingNameTaken(String pathPart) {
        return conflict("Another resource with the same parent already has this name: " + pathPart);
    }

    /** Validated. */
    static AwsErrorException siblingVariableTaken(String existing) {
        return badRequest("A sibling (" + existing + ") of this resource already has a variable path part -- only one is allowed");
    }

    /** Validated. */
    static AwsErrorException childOfGreedy(String greedy) {
        return badRequest("Cannot create a child of a resource with a greedy path variable: " + greedy);
    }

    /** The wording AWS users quote (seen in moto's tests and CDK's own check of the same rule). */
    static AwsErrorException invalidPathPart() {
        return badRequest("Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end"
                + " and an optional plus sign before the closing brace.");
    }

    /** Seen in Terraform output against AWS. */
    static AwsErrorException pathPartMissing() {
        return badRequest("Resource's path part must be specified");
    }

    /** Validated. */
    static AwsErrorException invalidHttpMethod() {
        return badRequest("Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY");
    }

    /** Validated. */
    static AwsErrorException authorizerRequired() {
        return badRequest("Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS"
                + " requires a valid authorizer.");
    }

    /** Seen in Terraform output against AWS (PutMethod on a method that exists). */
    static AwsErrorException methodExists() {
        return conflict("Method already exists for this resource");
    }

    /** Seen in Terraform and CloudFormation output against AWS (a BadRequestException, 400). */
    static AwsErrorException noIntegration() {
        return badRequest("No integration defined for method");
    }

    /** Seen in Terraform output against AWS. */
    static AwsErrorException noMethods() {
        return badRequest("The REST API doesn't contain any methods");
    }

    /** Validated. */
    static AwsErrorException emptyDescription() {
        return badRequest("Description cannot be an empty string");
    }

    /** Validated. */
    static AwsErrorException multipleEndpointTypes() {
        return badRequest("Cannot create an api with multiple Endpoint Types.");
    }

    /** Validated. */
    static AwsErrorException noEndpointType() {
        return badRequest("REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.");
    }

    /** Validated. */
    static AwsErrorException privateNeedsDualstack() {
        return badRequest("Only dualstack ipAddressType is supported for Private APIs.");
    }

    /** Validated. */
    static AwsErrorException compressionSize() {
        return badRequest("Invalid minimum compression size, must be between 0 and 10485760");
    }

    /** Validated. */
    static AwsErrorException patchOperationNotReplace() {
        return badRequest("Invalid patch operation specified. Must be one of: [replace]");
    }

    /** Validated shape ({@code Invalid patch path /binaryMediaTypes}). */
    static AwsErrorException invalidPatchPath(String path) {
        return badRequest("Invalid patch path " + path);
    }

    /** UNCONFIRMED (moto's wording). */
    static AwsErrorException stageExists() {
        return conflict("Stage already exists");
    }

    /** UNCONFIRMED (moto's wording). */
    static AwsErrorException invalidStageName() {
        return badRequest("Stage name only allows a-zA-Z0-9_");
    }

    /** UNCONFIRMED (moto's wording). */
    static AwsErrorException deploymentInUse() {
        return badRequest("Active stages pointing to this deployment must be moved or deleted");
    }

    /** UNCONFIRMED wording. */
    static AwsErrorException rootCannotBeDeleted() {
        return badRequest("Cannot delete root resource");
    }

    /** UNCONFIRMED wording: the paging token is opaque in AWS. */
    static AwsErrorException invalidPosition() {
        return badRequest("Invalid position parameter");
    }

    /** UNCONFIRMED wording. */
    static AwsErrorException invalidLimit() {
        return badRequest("The limit must be between 1 and 500");
    }

    /** UNCONFIRMED wording. */
    static AwsErrorException invalidAuthorizationType(String type) {
        return badRequest("Invalid authorization type specified: " + type
                + ". Valid options are NONE,AWS_IAM,CUSTOM,COGNITO_USER_POOLS");
    }

    /** What the embedded AWS does not serve, said plainly (AWS itself accepts these). */
    static AwsErrorException integrationTypeNotServed(String type) {
        return badRequest("The embedded AWS serves only AWS_PROXY integrations with a Lambda function; " + type
                + " integrations are not implemented.");
    }

    /** UNCONFIRMED wording (moto's). */
    static AwsErrorException integrationHttpMethodMissing() {
        return badRequest("Enumeration value for HttpMethod must be non-empty");
    }

    /** UNCONFIRMED wording. */
    static AwsErrorException invalidLambdaUri(String uri) {
        return badRequest("Invalid Lambda function URI specified: " + uri
                + ". Expected arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations");
    }

    /** UNCONFIRMED wording. */
    static AwsErrorException invalidResourceArn(String arn) {
        return badRequest("Invalid resource ARN specified: " + arn);
    }
}
