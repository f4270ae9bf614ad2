package org.officeapi.emulator.apigateway.invoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.officeapi.emulator.apigateway.model.LiveStage;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.QueryString;
import org.officeapi.emulator.core.WebIdentity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step 4a of execute-api: the Lambda proxy integration's input (REST API, payload format 1.0), every
 * key AWS sends. Single-value maps keep the last value of a repeated header or query parameter, as AWS
 * does; maps with no entries are {@code null}, as AWS sends them.
 */
public final class ProxyEvent {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** Identifiers API Gateway gives one request. */
    public record Ids(String requestId, String extendedRequestId) {}

    private ProxyEvent() {}

    public static byte[] build(HttpRequest request, ExecuteApiRequest target, LiveStage live, RouteMatch route, Caller caller,
                               Ids ids) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("resource", route.resource().path());
        event.put("path", target.resourcePath());
        event.put("httpMethod", request.method());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().asMap().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        event.set("headers", singleValues(headers));
        event.set("multiValueHeaders", multiValues(headers));
        Map<String, List<String>> query = queryParameters(request.rawQuery());
        event.set("queryStringParameters", singleValues(query));
        event.set("multiValueQueryStringParameters", multiValues(query));
        event.set("pathParameters", map(route.pathParameters()));
        event.set("stageVariables", map(live.stage().variables()));
        event.set("requestContext", requestContext(request, target, live, route, caller, ids));
        boolean binary = isBinary(request, live.deployed().binaryMediaTypes());
        if (request.body().length == 0) {
            event.putNull("body");
        } else {
            event.put("body", binary ? Base64.getEncoder().encodeToString(request.body()) : request.bodyAsString());
        }
        event.put("isBase64Encoded", binary && request.body().length > 0);
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode requestContext(HttpRequest request, ExecuteApiRequest target, LiveStage live, RouteMatch route,
                                             Caller caller, Ids ids) {
        ObjectNode context = MAPPER.createObjectNode();
        String domainName = target.domainName(live.region());
        context.put("resourceId", route.resource().id());
        context.put("resourcePath", route.resource().path());
        context.put("httpMethod", request.method());
        context.put("extendedRequestId", ids.extendedRequestId());
        context.put("requestTime", REQUEST_TIME.format(request.receivedAt()));
        context.put("path", target.stagePath());
        context.put("accountId", live.accountId());
        context.put("protocol", "HTTP/1.1");
        context.put("stage", target.stage());
        context.put("domainPrefix", domainName.contains(".") ? domainName.substring(0, domainName.indexOf('.')) : domainName);
        context.put("requestTimeEpoch", request.receivedAt().toEpochMilli());
        context.put("requestId", ids.requestId());
        context.set("identity", identity(request, caller));
        context.put("domainName", domainName);
        context.put("deploymentId", live.stage().deploymentId());
        context.put("apiId", live.apiId());
        return context;
    }

    /**
     * {@code requestContext.identity}. For a role session from a Cognito identity pool, the cognito fields
     * come from the web identity behind it: pool id (the token's audience), identity id (its subject),
     * authenticated or not, and the provider entries of {@code amr} after {@code authenticated}, joined
     * by commas. Signed-out fields are {@code null}, as AWS sends them.
     */
    static ObjectNode identity(HttpRequest request, Caller caller) {
        ObjectNode identity = MAPPER.createObjectNode();
        WebIdentity web = caller == null ? null : caller.webIdentity();
        identity.put("cognitoIdentityPoolId", web == null ? null : web.audience());
        identity.put("accountId", caller == null ? null : caller.accountId());
        identity.put("cognitoIdentityId", web == null ? null : web.subject());
        identity.put("caller", caller == null ? null : caller.principalId());
        identity.put("sourceIp", request.sourceIp());
        identity.putNull("principalOrgId");
        identity.put("accessKey", caller == null ? null : caller.accessKeyId());
        identity.put("cognitoAuthenticationType", web == null ? null : web.authenticated() ? "authenticated" : "unauthenticated");
        identity.put("cognitoAuthenticationProvider", web == null ? null : authenticationProvider(web));
        identity.put("userArn", caller == null ? null : caller.arn());
        identity.put("userAgent", request.header("User-Agent"));
        identity.put("user", caller == null ? null : caller.principalId());
        identity.putNull("apiKey");
        identity.putNull("apiKeyId");
        identity.putNull("clientCert");
        return identity;
    }

    private static String authenticationProvider(WebIdentity web) {
        int at = web.amr().indexOf("authenticated");
        if (at < 0 || at == web.amr().size() - 1) {
            return null;
        }
        return String.join(",", web.amr().subList(at + 1, web.amr().size()));
    }

    private static ObjectNode singleValues(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode out = MAPPER.createObjectNode();
        values.forEach((name, list) -> out.put(name, list.get(list.size() - 1)));
        return out;
    }

    private static ObjectNode multiValues(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode out = MAPPER.createObjectNode();
        values.forEach((name, list) -> {
            ArrayNode array = out.putArray(name);
            list.forEach(array::add);
        });
        return out;
    }

    private static ObjectNode map(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        ObjectNode out = MAPPER.createObjectNode();
        values.forEach(out::put);
        return out;
    }

    /**
     * Query parameters decoded, in order. An invalid escape ({@code %zz}) is kept as sent rather than
     * refused (UNCONFIRMED what AWS's front end answers; never a 5xx here). {@code +} stays a plus.
     */
    static Map<String, List<String>> queryParameters(String rawQuery) {
        return QueryString.parameters(rawQuery, ProxyEvent::decode);
    }

    private static String decode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int hi = raw[i] == '%' && i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(raw[i + 2], 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Whether the body's media type is one the API declared binary (then the body travels base64-encoded). */
    static boolean isBinary(HttpRequest request, List<String> binaryMediaTypes) {
        String type = request.mediaType();
        if (type.isEmpty() || binaryMediaTypes.isEmpty()) {
            return false;
        }
        for (String declared : binaryMediaTypes) {
            String pattern = declared.toLowerCase(Locale.ROOT).trim();
            if (pattern.equals("*/*") || pattern.equals(type)
                    || (pattern.endsWith("/*") && type.startsWith(pattern.substring(0, pattern.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
