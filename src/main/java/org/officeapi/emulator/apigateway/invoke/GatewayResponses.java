package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.auth.sigv4.SignatureFailure;

/**
 * The gateway responses of a REST API with default settings, as reference/aws-semantics.md §4.2 and
 * AWS's 403 troubleshooting page list them.
 */
public final class GatewayResponses {

    public static final String INTERNAL_SERVER_ERROR = "Internal server error";

    private GatewayResponses() {}

    /** No signature on an IAM method, or no such API, stage, path or method: AWS gives no 404 here. */
    public static GatewayResponseException missingAuthenticationToken() {
        return error(403, "MissingAuthenticationTokenException", SignatureFailure.MISSING_TOKEN_MESSAGE);
    }

    /** How a refused SigV4 signature is answered. */
    public static GatewayResponseException signatureRefused(SignatureFailure failure) {
        return switch (failure.kind()) {
            case MISSING_AUTHENTICATION_TOKEN -> missingAuthenticationToken();
            case INCOMPLETE_SIGNATURE -> error(403, "IncompleteSignatureException", failure.getMessage());
            case INVALID_SIGNATURE, SIGNATURE_EXPIRED -> error(403, "InvalidSignatureException", failure.getMessage());
            // AWS's 403 troubleshooting page gives AccessDeniedException as the type for an invalid key
            case UNRECOGNIZED_CLIENT -> error(403, "AccessDeniedException", failure.getMessage());
            // UNCONFIRMED for API Gateway: the standard AWS common error for expired temporary credentials
            case EXPIRED_TOKEN -> error(403, "ExpiredTokenException", failure.getMessage());
        };
    }

    /** IAM did not allow execute-api:Invoke. The only gateway response whose body says {@code Message}. */
    public static GatewayResponseException accessDenied(String message) {
        return new GatewayResponseException(new GatewayResponse(403, "AccessDeniedException", "Message", message));
    }

    /** The integration could not be called: no such function, or its policy does not allow API Gateway. */
    public static GatewayResponseException integrationConfigurationError() {
        return error(500, "InternalServerErrorException", INTERNAL_SERVER_ERROR);
    }

    /**
     * The function failed, or answered something that is not a proxy response. The error type is
     * UNCONFIRMED (AWS documents the 502 and the body only).
     */
    public static GatewayResponseException malformedProxyResponse() {
        return error(502, "InternalServerErrorException", INTERNAL_SERVER_ERROR);
    }

    /** The integration did not answer in time (29 s at most). The error type is UNCONFIRMED. */
    public static GatewayResponseException integrationTimeout() {
        return error(504, "InternalServerErrorException", "Endpoint request timed out");
    }

    /** A body over API Gateway's 10 MB payload quota (REQUEST_TOO_LARGE). Message UNCONFIRMED. */
    public static GatewayResponse requestTooLarge() {
        return new GatewayResponse(413, "RequestTooLargeException", "message", "Request Too Long");
    }

    private static GatewayResponseException error(int status, String type, String message) {
        return new GatewayResponseException(new GatewayResponse(status, type, "message", message));
    }
}
