package org.officeapi.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.officeapi.emulator.auth.sigv4.SignatureFailure;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.QueryString;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.PayloadTrait;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * restJson1 (Lambda, the API Gateway control plane): the operation is found by method and URI
 * template; members come from path labels, query parameters, headers and a JSON body (or a raw
 * payload); errors carry {@code x-amzn-ErrorType} and a JSON message.
 */
public final class RestJsonEndpoint extends ProtocolEndpoint {

    /**
     * How a service words its error bodies: API Gateway writes {@code {"message": …}}, Lambda
     * {@code {"Type": "User", "Message": …}} (capital M, as Lambda's responses show).
     */
    public record ErrorStyle(String messageKey, boolean includeType) {
        public static final ErrorStyle MESSAGE = new ErrorStyle("message", false);
        public static final ErrorStyle TYPED_MESSAGE = new ErrorStyle("Message", true);
    }

    private record Route(UriTemplate template, ServiceModel.Operation operation) {}

    private final List<Route> routes = new ArrayList<>();
    private final ErrorStyle errorStyle;
    private final int maxBodyBytes;

    public RestJsonEndpoint(EndpointSettings settings, OperationTable operations, ErrorStyle errorStyle, int maxBodyBytes) {
        super(settings, operations);
        this.errorStyle = errorStyle;
        this.maxBodyBytes = maxBodyBytes;
        settings.model().operations().values().forEach(op -> routes.add(new Route(new UriTemplate(op.uri()), op)));
        routes.sort(Comparator.comparingInt((Route r) -> r.template().specificity()).reversed());
    }

    @Override
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    @Override
    protected Optional<WireOperation> identify(HttpRequest request) {
        for (Route route : routes) {
            if (!route.operation().method().equals(request.method())) {
                continue;
            }
            Map<String, String> labels = route.template().match(request.rawPath());
            if (labels != null) {
                return Optional.of(new WireOperation(route.operation(), labels));
            }
        }
        return Optional.empty();
    }

    @Override
    protected SdkPojo readInput(WireOperation operation, Class<? extends SdkPojo> inputType, HttpRequest request) {
        SdkPojo builder = SdkPojos.builderFor(inputType);
        Map<String, List<String>> query = queryParameters(request.rawQuery());
        boolean explicitPayload = false;
        for (SdkField<?> field : builder.sdkFields()) {
            MarshallLocation location = field.location();
            if (field.containsTrait(PayloadTrait.class)) {
                explicitPayload = true;
                readExplicitPayload(field, builder, request);
            } else if (location == MarshallLocation.PATH || location == MarshallLocation.GREEDY_PATH) {
                String raw = operation.pathLabels().get(field.locationName());
                if (raw != null) {
                    field.set(builder, QueryForm.scalar(field.marshallingType(), decode(raw), field.locationName()));
                }
            } else if (location == MarshallLocation.QUERY_PARAM) {
                List<String> values = query.get(field.locationName());
                if (values != null) {
                    field.set(builder, field.marshallingType() == MarshallingType.LIST
                            ? convertList(field, values) : QueryForm.scalar(field.marshallingType(), values.get(0), field.locationName()));
                }
            } else if (location == MarshallLocation.HEADER) {
                String value = request.header(field.locationName());
                if (value != null) {
                    field.set(builder, QueryForm.scalar(field.marshallingType(), value, field.locationName()));
                }
            }
        }
        if (!explicitPayload && request.body().length > 0) {
            JsonNode json;
            try {
                json = JsonShapes.MAPPER.readTree(request.body());
            } catch (IOException e) {
                throw new MalformedInputException("Could not parse request body into json: " + firstLine(e.getMessage()));
            }
            if (json != null && !json.isMissingNode()) {
                JsonShapes.fill(builder, json, "");
            }
        }
        return SdkPojos.build(builder);
    }

    private static void readExplicitPayload(SdkField<?> field, SdkPojo builder, HttpRequest request) {
        if (request.body().length == 0) {
            return;
        }
        if (field.marshallingType() == MarshallingType.SDK_BYTES) {
            field.set(builder, SdkBytes.fromByteArray(request.body()));
        } else if (field.marshallingType() == MarshallingType.STRING) {
            field.set(builder, request.bodyAsString());
        } else {
            try {
                SdkPojo nested = field.constructor().get();
                JsonShapes.fill(nested, JsonShapes.MAPPER.readTree(request.body()), field.memberName());
                field.set(builder, SdkPojos.build(nested));
            } catch (IOException e) {
                throw new MalformedInputException("Could not parse request body into json: " + firstLine(e.getMessage()));
            }
        }
    }

    private static List<Object> convertList(SdkField<?> field, List<String> values) {
        SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
        List<Object> out = new ArrayList<>();
        for (String value : values) {
            out.add(QueryForm.scalar(member.marshallingType(), value, field.locationName()));
        }
        return out;
    }

    /** Query parameters decoded, in order; a malformed escape is refused ({@link #decode}). {@code +} stays a plus. */
    static Map<String, List<String>> queryParameters(String rawQuery) {
        return QueryString.parameters(rawQuery, RestJsonEndpoint::decode);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("Malformed percent-encoding in the request URI");
        }
    }

    @Override
    protected HttpResponse writeOutput(WireOperation operation, SdkPojo output, String requestId) {
        int status = operation.model().status();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("x-amzn-RequestId", requestId));
        byte[] body = null;
        String contentType = "application/json";
        ObjectNode json = JsonShapes.MAPPER.createObjectNode();
        if (output != null) {
            for (SdkField<?> field : output.sdkFields()) {
                Object value = SdkPojos.valueOf(field, output);
                if (value == null) {
                    continue;
                }
                if (field.location() == MarshallLocation.STATUS_CODE) {
                    status = ((Number) value).intValue();
                } else if (field.location() == MarshallLocation.HEADER) {
                    headers.add(Map.entry(field.locationName(), String.valueOf(value)));
                } else if (field.containsTrait(PayloadTrait.class)) {
                    if (value instanceof SdkBytes bytes) {
                        body = bytes.asByteArray();
                    } else if (value instanceof String text) {
                        body = text.getBytes(StandardCharsets.UTF_8);
                    } else {
                        body = toBytes(JsonShapes.write((SdkPojo) value));
                    }
                }
            }
            if (body == null) {
                json = JsonShapes.write(output);
            }
        }
        if (body == null) {
            body = status == 204 ? new byte[0] : toBytes(json);
        }
        headers.add(0, Map.entry("Content-Type", contentType));
        return new HttpResponse(status, headers, body);
    }

    @Override
    protected HttpResponse writeError(AwsErrorException error, String requestId) {
        ObjectNode json = JsonShapes.MAPPER.createObjectNode();
        if (errorStyle.includeType()) {
            json.put("Type", error.senderFault() ? "User" : "Service");
        }
        json.put(errorStyle.messageKey(), error.getMessage());
        error.extraMembers().forEach(json::put);
        return new HttpResponse(error.status(), List.of(Map.entry("Content-Type", "application/json"),
                Map.entry("x-amzn-RequestId", requestId), Map.entry("x-amzn-ErrorType", error.code())), toBytes(json));
    }

    private static byte[] toBytes(JsonNode json) {
        try {
            return JsonShapes.MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    protected AwsErrorException unknownOperation(HttpRequest request) {
        return new AwsErrorException("UnknownOperationException", 404, "No operation of " + settings.model().name()
                + " matches " + request.method() + " " + request.rawPath());
    }

    @Override
    protected AwsErrorException malformedInput(MalformedInputException cause) {
        return new AwsErrorException(settings.validationErrorCode(), 400, cause.getMessage());
    }

    @Override
    protected AwsErrorException signatureError(SignatureFailure failure) {
        return switch (failure.kind()) {
            case MISSING_AUTHENTICATION_TOKEN -> new AwsErrorException("MissingAuthenticationTokenException", 403, failure.getMessage());
            case INCOMPLETE_SIGNATURE -> new AwsErrorException("IncompleteSignatureException", 403, failure.getMessage());
            case INVALID_SIGNATURE, SIGNATURE_EXPIRED -> new AwsErrorException("InvalidSignatureException", 403, failure.getMessage());
            case UNRECOGNIZED_CLIENT -> new AwsErrorException("UnrecognizedClientException", 403, failure.getMessage());
            case EXPIRED_TOKEN -> new AwsErrorException("ExpiredTokenException", 403, failure.getMessage());
        };
    }

    @Override
    protected AwsErrorException accessDenied(String message) {
        return new AwsErrorException("AccessDeniedException", 403, message);
    }
}
