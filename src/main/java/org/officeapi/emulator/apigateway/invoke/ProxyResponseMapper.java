package org.officeapi.emulator.apigateway.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.ports.FunctionInvocation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Step 5 of execute-api: turns what the Lambda function answered into the HTTP response, as the proxy
 * integration contract says: {@code statusCode}, {@code headers} and {@code multiValueHeaders} merged
 * (the multi-value ones win for a name both carry), {@code body} (a string), {@code isBase64Encoded}.
 * Anything else is a malformed proxy response (502); a function error is a 502; a missing function or
 * permission is a 500; a timeout is a 504.
 */
public final class ProxyResponseMapper {

    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /**
     * Headers API Gateway does not pass through from an integration but renames to
     * {@code x-amzn-Remapped-<name>} (UNCONFIRMED list, after AWS's documented remapping).
     */
    private static final Set<String> REMAPPED = Set.of("authorization", "connection", "content-length", "date", "server",
            "transfer-encoding", "upgrade", "www-authenticate", "x-amzn-requestid");

    private ProxyResponseMapper() {}

    /** @throws GatewayResponseException for every outcome but a well-formed proxy response */
    public static HttpResponse map(FunctionInvocation invocation) {
        switch (invocation.outcome()) {
            case SUCCESS -> {
                return proxyResponse(invocation.payload());
            }
            case TIMEOUT -> throw GatewayResponses.integrationTimeout();
            case NOT_FOUND, PERMISSION_DENIED -> throw GatewayResponses.integrationConfigurationError();
            default -> throw GatewayResponses.malformedProxyResponse();
        }
    }

    private static HttpResponse proxyResponse(byte[] payload) {
        JsonNode json;
        try {
            json = ProxyEvent.MAPPER.readTree(payload);
        } catch (IOException e) {
            throw GatewayResponses.malformedProxyResponse();
        }
        if (json == null || !json.isObject()) {
            throw GatewayResponses.malformedProxyResponse();
        }
        int status = statusCode(json.get("statusCode"));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        JsonNode single = json.get("headers");
        if (present(single)) {
            requireObject(single);
            for (Iterator<Map.Entry<String, JsonNode>> it = single.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> header = it.next();
                if (!header.getValue().isNull()) {
                    put(headers, header.getKey(), List.of(scalar(header.getValue())));
                }
            }
        }
        JsonNode multi = json.get("multiValueHeaders");
        if (present(multi)) {
            requireObject(multi);
            for (Iterator<Map.Entry<String, JsonNode>> it = multi.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> header = it.next();
                if (header.getValue().isNull()) {
                    continue;
                }
                if (!header.getValue().isArray()) {
                    throw GatewayResponses.malformedProxyResponse();
                }
                List<String> values = new ArrayList<>();
                header.getValue().forEach(value -> values.add(scalar(value)));
                put(headers, header.getKey(), values);
            }
        }
        byte[] body = body(json.get("body"), base64(json.get("isBase64Encoded")));
        List<Map.Entry<String, String>> out = new ArrayList<>();
        boolean contentType = false;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            if (!HEADER_NAME.matcher(name).matches()) {
                throw GatewayResponses.malformedProxyResponse();
            }
            String lower = name.toLowerCase(Locale.ROOT);
            String written = REMAPPED.contains(lower) ? "x-amzn-Remapped-" + name : name;
            contentType |= lower.equals("content-type");
            for (String value : header.getValue()) {
                out.add(Map.entry(written, value));
            }
        }
        if (!contentType) {
            out.add(0, Map.entry("Content-Type", "application/json"));
        }
        return new HttpResponse(status, out, body);
    }

    private static int statusCode(JsonNode node) {
        int status;
        if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
            status = node.intValue();
        } else if (node != null && node.isTextual() && node.textValue().matches("\\d{3}")) {
            // UNCONFIRMED: a numeric string is taken as a number, as AWS's lenient parsing is reported to do
            status = Integer.parseInt(node.textValue());
        } else {
            throw GatewayResponses.malformedProxyResponse();
        }
        if (status < 100 || status > 599) {
            throw GatewayResponses.malformedProxyResponse();
        }
        return status;
    }

    private static boolean base64(JsonNode node) {
        if (!present(node)) {
            return false;
        }
        if (!node.isBoolean()) {
            throw GatewayResponses.malformedProxyResponse();
        }
        return node.booleanValue();
    }

    private static byte[] body(JsonNode node, boolean base64) {
        if (!present(node)) {
            return new byte[0];
        }
        if (!node.isTextual()) {
            throw GatewayResponses.malformedProxyResponse();
        }
        if (!base64) {
            return node.textValue().getBytes(StandardCharsets.UTF_8);
        }
        try {
            // strict: a body that is not base64 at all is a malformed response, not silently skipped characters
            return Base64.getDecoder().decode(node.textValue().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw GatewayResponses.malformedProxyResponse();
        }
    }

    /** A header value: a string, number or boolean; no line breaks, which would split the response. */
    private static String scalar(JsonNode node) {
        if (!node.isValueNode() || node.isNull()) {
            throw GatewayResponses.malformedProxyResponse();
        }
        String value = node.asText();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == 0) {
                throw GatewayResponses.malformedProxyResponse();
            }
        }
        return value;
    }

    private static void put(Map<String, List<String>> headers, String name, List<String> values) {
        headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        headers.put(name, values);
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    private static void requireObject(JsonNode node) {
        if (!node.isObject()) {
            throw GatewayResponses.malformedProxyResponse();
        }
    }
}
