package org.officeapi.emulator.apigateway.model;

/**
 * A method's integration. Only Lambda proxy integrations ({@code AWS_PROXY}) are served.
 *
 * @param httpMethod  the method API Gateway uses towards the backend (POST for Lambda)
 * @param uri         {@code arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations}
 * @param functionArn the function the URI names
 */
public record IntegrationRecord(String type, String httpMethod, String uri, String functionArn, String passthroughBehavior,
                                int timeoutInMillis, String cacheNamespace) {}
