package org.officeapi.emulator.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The signals a route can recognise a service by. Each looks only at what AWS's own front ends look at. */
public final class RequestMatchers {

    private static final Pattern SCOPE_SERVICE = Pattern.compile("Credential=\\s*[^/,\\s]*/\\d{8}/[^/,\\s]*/([^/,\\s]+)/aws4_request");
    private static final Pattern QUERY_SCOPE_SERVICE = Pattern.compile("(?:^|&)X-Amz-Credential=[^&]*?(?:/|%2F)\\d{8}(?:/|%2F)[^&/%]*(?:/|%2F)([^&/%]+)(?:/|%2F)aws4_request", Pattern.CASE_INSENSITIVE);

    private RequestMatchers() {}

    /** {@code X-Amz-Target: <prefix>.<Operation>} (awsJson1_1). */
    public static Predicate<HttpRequest> targetPrefix(String prefix) {
        return request -> {
            String target = request.header("X-Amz-Target");
            return target != null && target.startsWith(prefix + ".");
        };
    }

    /** The service named in the SigV4 credential scope, from the Authorization header or a presigned query. */
    public static Predicate<HttpRequest> signedFor(String service) {
        return request -> service.equals(scopeService(request));
    }

    public static String scopeService(HttpRequest request) {
        String authorization = request.header("Authorization");
        if (authorization != null) {
            Matcher m = SCOPE_SERVICE.matcher(authorization);
            if (m.find()) {
                return m.group(1);
            }
        }
        Matcher q = QUERY_SCOPE_SERVICE.matcher(request.rawQuery());
        return q.find() ? q.group(1) : null;
    }

    /** A query-protocol call without a credential scope (unsigned STS calls), recognised by its {@code Action}. */
    public static Predicate<HttpRequest> unsignedFormAction(Set<String> actions) {
        return request -> scopeService(request) == null && actions.contains(formAction(request));
    }

    public static String formAction(HttpRequest request) {
        String params = request.mediaType().equals("application/x-www-form-urlencoded") ? request.bodyAsString() : request.rawQuery();
        for (String pair : params.split("&")) {
            if (pair.startsWith("Action=")) {
                try {
                    return URLDecoder.decode(pair.substring("Action=".length()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    public static Predicate<HttpRequest> pathStartsWith(String prefix) {
        return request -> request.rawPath().startsWith(prefix);
    }

    public static Predicate<HttpRequest> pathMatches(Pattern pattern) {
        return request -> pattern.matcher(request.rawPath()).matches();
    }

    public static Predicate<HttpRequest> hostMatches(Pattern pattern) {
        return request -> pattern.matcher(request.host()).matches();
    }
}
