package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.core.HttpRequest;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 1 of execute-api: recognises the three layouts an invoke URL can arrive in and splits it into
 * API id, stage and resource path. The path is kept percent-encoded, as AWS hands it to Lambda.
 */
public final class ExecuteApiParser {

    private static final String AWS_PREFIX = "/_aws/execute-api/";
    private static final Pattern USER_REQUEST = Pattern.compile("/restapis/([^/]+)/([^/]*)/_user_request_(/.*)?");
    private static final Pattern EXECUTE_API_HOST = Pattern.compile("([a-z0-9]+)\\.execute-api\\.[^/]*");

    private ExecuteApiParser() {}

    /** Whether a request is for execute-api at all (the router's test, before the control plane's). */
    public static Predicate<HttpRequest> recognises() {
        return request -> request.rawPath().startsWith(AWS_PREFIX)
                || USER_REQUEST.matcher(request.rawPath()).matches()
                || EXECUTE_API_HOST.matcher(hostName(request)).matches();
    }

    public static Optional<ExecuteApiRequest> parse(HttpRequest request) {
        String path = request.rawPath();
        if (path.startsWith(AWS_PREFIX)) {
            String rest = path.substring(AWS_PREFIX.length());
            int slash = rest.indexOf('/');
            String apiId = slash < 0 ? rest : rest.substring(0, slash);
            return apiId.isEmpty() ? Optional.empty()
                    : Optional.of(split(ExecuteApiRequest.Layout.AWS_PATH, apiId, slash < 0 ? "" : rest.substring(slash), null));
        }
        Matcher userRequest = USER_REQUEST.matcher(path);
        if (userRequest.matches()) {
            String apiId = userRequest.group(1);
            String tail = userRequest.group(3);
            return Optional.of(new ExecuteApiRequest(ExecuteApiRequest.Layout.USER_REQUEST_PATH, apiId, userRequest.group(2),
                    tail == null || tail.isEmpty() ? "/" : tail, null));
        }
        String host = hostName(request);
        Matcher byHost = EXECUTE_API_HOST.matcher(host);
        if (byHost.matches()) {
            return Optional.of(split(ExecuteApiRequest.Layout.HOST, byHost.group(1), path, host));
        }
        return Optional.empty();
    }

    /** {@code /{stage}/{rest}} → stage and {@code /{rest}}. */
    private static ExecuteApiRequest split(ExecuteApiRequest.Layout layout, String apiId, String stageAndPath, String domain) {
        String rest = stageAndPath.startsWith("/") ? stageAndPath.substring(1) : stageAndPath;
        int slash = rest.indexOf('/');
        String stage = slash < 0 ? rest : rest.substring(0, slash);
        String resourcePath = slash < 0 ? "/" : rest.substring(slash);
        return new ExecuteApiRequest(layout, apiId, stage, resourcePath, domain);
    }

    /** The Host header without its port, lower case. */
    private static String hostName(HttpRequest request) {
        String host = request.host().trim().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host;
    }
}
