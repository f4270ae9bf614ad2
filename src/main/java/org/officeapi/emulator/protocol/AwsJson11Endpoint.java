package org.officeapi.emulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.officeapi.emulator.auth.sigv4.SignatureFailure;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import software.amazon.awssdk.core.SdkPojo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * awsJson1_1 (Cognito user pools, Cognito identity pools): {@code POST /} with
 * {@code X-Amz-Target: <Prefix>.<Operation>}, a JSON body, and errors as
 * {@code {"__type": code, "message": …}} with status 400 for every modelled client error. Browsers may call it:
 * see {@link AwsJsonCors}.
 */
public final class AwsJson11Endpoint extends ProtocolEndpoint {

    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    public AwsJson11Endpoint(EndpointSettings settings, OperationTable operations) {
        super(settings, operations);
    }

    @Override
    protected Optional<WireOperation> identify(HttpRequest request) {
        String target = request.header("X-Amz-Target");
        String prefix = settings.model().targetPrefix() + ".";
        if (!request.method().equals("POST") || target == null || !target.startsWith(prefix)) {
            return Optional.empty();
        }
        return settings.model().operation(target.substring(prefix.length())).map(op -> new WireOperation(op, Map.of()));
    }

    @Override
    protected SdkPojo readInput(WireOperation operation, Class<? extends SdkPojo> inputType, HttpRequest request) {
        JsonNode body;
        if (request.body().length == 0) {
            body = JsonShapes.MAPPER.createObjectNode();
        } else {
            try {
                body = JsonShapes.MAPPER.readTree(request.body());
            } catch (java.io.IOException e) {
                throw new MalformedInputException("Could not parse the request body as JSON");
            }
        }
        if (body == null || !body.isObject()) {
            throw new MalformedInputException("Start of structure or map found where not expected.");
        }
        return JsonShapes.read(body, inputType);
    }

    @Override
    protected HttpResponse writeOutput(WireOperation operation, SdkPojo output, String requestId) {
        ObjectNode json = output == null ? JsonShapes.MAPPER.createObjectNode() : JsonShapes.write(output);
        return json(200, json, requestId);
    }

    @Override
    protected HttpResponse writeError(AwsErrorException error, String requestId) {
        ObjectNode json = JsonShapes.MAPPER.createObjectNode();
        json.put("__type", error.code());
        json.put("message", error.getMessage());
        error.extraMembers().forEach(json::put);
        return json(error.status(), json, requestId)
                // AWS sends the code here too, with a trailing colon; clients strip what follows it
                .withHeader("x-amzn-ErrorType", error.code() + ":");
    }

    private static HttpResponse json(int status, ObjectNode body, String requestId) {
        try {
            return new HttpResponse(status, List.of(Map.entry("Content-Type", CONTENT_TYPE), Map.entry("x-amzn-RequestId", requestId)),
                    JsonShapes.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Browsers may read the answers ({@link AwsJsonCors}). */
    @Override
    protected HttpResponse answered(HttpRequest request, HttpResponse response) {
        return AwsJsonCors.allowBrowser(request, response);
    }

    @Override
    protected AwsErrorException unknownOperation(HttpRequest request) {
        String target = request.header("X-Amz-Target");
        return new AwsErrorException("UnknownOperationException", 400,
                target == null ? "Missing X-Amz-Target header" : "Unknown operation " + target);
    }

    @Override
    protected AwsErrorException malformedInput(MalformedInputException cause) {
        return new AwsErrorException("SerializationException", 400, cause.getMessage());
    }

    @Override
    protected AwsErrorException signatureError(SignatureFailure failure) {
        return switch (failure.kind()) {
            case MISSING_AUTHENTICATION_TOKEN -> new AwsErrorException("MissingAuthenticationTokenException", 400, failure.getMessage());
            case INCOMPLETE_SIGNATURE -> new AwsErrorException("IncompleteSignatureException", 400, failure.getMessage());
            case INVALID_SIGNATURE, SIGNATURE_EXPIRED -> new AwsErrorException("InvalidSignatureException", 400, failure.getMessage());
            case UNRECOGNIZED_CLIENT -> new AwsErrorException("UnrecognizedClientException", 400, failure.getMessage());
            case EXPIRED_TOKEN -> new AwsErrorException("ExpiredTokenException", 400, failure.getMessage());
        };
    }

    @Override
    protected AwsErrorException accessDenied(String message) {
        return new AwsErrorException("AccessDeniedException", 400, message);
    }
}
