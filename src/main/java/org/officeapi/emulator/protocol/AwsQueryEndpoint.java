package org.officeapi.emulator.protocol;

import org.officeapi.emulator.auth.sigv4.SignatureFailure;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import software.amazon.awssdk.core.SdkPojo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * awsQuery (IAM, STS): form parameters with {@code Action} and {@code Version}, XML responses, and
 * errors as {@code <ErrorResponse>} with the code and status of AWS's error shape.
 */
public final class AwsQueryEndpoint extends ProtocolEndpoint {

    private static final String CONTENT_TYPE = "text/xml";

    public AwsQueryEndpoint(EndpointSettings settings, OperationTable operations) {
        super(settings, operations);
    }

    private static Map<String, String> params(HttpRequest request) {
        return QueryForm.parse(request.mediaType().equals("application/x-www-form-urlencoded")
                ? request.bodyAsString() : request.rawQuery());
    }

    @Override
    protected Optional<WireOperation> identify(HttpRequest request) {
        String action;
        try {
            action = params(request).get("Action");
        } catch (MalformedInputException e) {
            return Optional.empty();
        }
        return action == null ? Optional.empty() : settings.model().operation(action).map(op -> new WireOperation(op, Map.of()));
    }

    @Override
    protected SdkPojo readInput(WireOperation operation, Class<? extends SdkPojo> inputType, HttpRequest request) {
        return QueryForm.read(params(request), inputType);
    }

    @Override
    protected HttpResponse writeOutput(WireOperation operation, SdkPojo output, String requestId) {
        return xml(200, QueryXml.response(operation.name(), settings.model().xmlNamespace(), output, requestId), requestId);
    }

    @Override
    protected HttpResponse writeError(AwsErrorException error, String requestId) {
        return xml(error.status(), QueryXml.error(settings.model().xmlNamespace(), error.code(), error.getMessage(),
                error.senderFault(), requestId), requestId);
    }

    private static HttpResponse xml(int status, String body, String requestId) {
        return new HttpResponse(status, List.of(Map.entry("Content-Type", CONTENT_TYPE), Map.entry("x-amzn-RequestId", requestId)),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    protected AwsErrorException unknownOperation(HttpRequest request) {
        String action;
        try {
            action = params(request).get("Action");
        } catch (MalformedInputException e) {
            return new AwsErrorException("MalformedQueryString", 400, e.getMessage());
        }
        if (action == null) {
            return new AwsErrorException("MissingAction", 400, "Missing Action");
        }
        return new AwsErrorException("InvalidAction", 400, "Could not find operation " + action + " for version "
                + settings.model().apiVersion());
    }

    @Override
    protected AwsErrorException malformedInput(MalformedInputException cause) {
        return new AwsErrorException(settings.validationErrorCode(), 400, cause.getMessage());
    }

    @Override
    protected AwsErrorException signatureError(SignatureFailure failure) {
        return switch (failure.kind()) {
            case MISSING_AUTHENTICATION_TOKEN -> new AwsErrorException("MissingAuthenticationToken", 403, "Request is missing Authentication Token");
            case INCOMPLETE_SIGNATURE -> new AwsErrorException("IncompleteSignature", 400, failure.getMessage());
            case INVALID_SIGNATURE, SIGNATURE_EXPIRED -> new AwsErrorException("SignatureDoesNotMatch", 403, failure.getMessage());
            case UNRECOGNIZED_CLIENT -> new AwsErrorException("InvalidClientTokenId", 403, failure.getMessage());
            case EXPIRED_TOKEN -> new AwsErrorException("ExpiredToken", 403, failure.getMessage());
        };
    }

    @Override
    protected AwsErrorException accessDenied(String message) {
        return new AwsErrorException("AccessDenied", 403, message);
    }
}
