package org.officeapi.emulator.ports;

/**
 * Lambda invocations on behalf of another AWS service (API Gateway's proxy integration): the
 * function's resource policy must allow the service principal for the source ARN, as in AWS.
 * Implemented by Lambda.
 */
public interface FunctionInvoker {

    /**
     * @param functionArn      the function (ARN as API Gateway's integration URI names it)
     * @param servicePrincipal e.g. {@code apigateway.amazonaws.com}
     * @param sourceArn        e.g. {@code arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/user}
     * @param payload          the event, JSON
     */
    FunctionInvocation invokeAsService(String functionArn, String servicePrincipal, String sourceArn, byte[] payload);
}
