package org.officeapi.emulator.apigateway.model;

/**
 * A method of a resource: who may call it (NONE or AWS_IAM) and what it is integrated with (null until
 * PutIntegration).
 */
public record MethodRecord(String httpMethod, String authorizationType, boolean apiKeyRequired, String operationName,
                           IntegrationRecord integration) {

    public static final String NONE = "NONE";
    public static final String AWS_IAM = "AWS_IAM";

    public MethodRecord withIntegration(IntegrationRecord newIntegration) {
        return new MethodRecord(httpMethod, authorizationType, apiKeyRequired, operationName, newIntegration);
    }
}
