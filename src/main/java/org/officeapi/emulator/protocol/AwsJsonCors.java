package org.officeapi.emulator.protocol;

import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.core.ServiceEndpoint;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CORS as AWS's awsJson1_1 endpoints (cognito-idp, cognito-identity) answer browsers, so that browser SDKs such as
 * amazon-cognito-identity-js can call them from a web page.
 *
 * <p>The preflight ({@code OPTIONS /} with {@code Origin} and {@code Access-Control-Request-*}) is answered 200 with
 * no body, allowing any origin, echoing the requested method and headers, exposing the request id and error headers,
 * and letting the browser cache the answer two days. These are the headers cognito-idp and cognito-identity sent to
 * such a preflight in a public survey of AWS endpoints' CORS answers (AllanZhengYP/cors-test, curl runs of Oct 2020
 * and Feb 2021). A preflight names no operation yet (no {@code X-Amz-Target}); it is recognised as one for an
 * awsJson service by the {@code X-Amz-Target} among the headers it asks for, which only the JSON protocols send.
 *
 * <p>A normal answer to a request from a browser (one with {@code Origin}) carries {@code Access-Control-Allow-Origin: *}
 * and the same {@code Access-Control-Expose-Headers}, as observed on a browser's GetUser answer. UNCONFIRMED: whether
 * AWS also sends them to requests without {@code Origin} (here: not, so that non-browser answers keep their shape),
 * and what it allows for a requested method other than POST (here: echoed, like the headers).
 */
public final class AwsJsonCors {

    static final String EXPOSED_HEADERS = "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date";
    /** Two days, in seconds. */
    static final String MAX_AGE = "172800";

    private AwsJsonCors() {}

    /** A browser's preflight for an awsJson call: {@code OPTIONS /} from an origin, asking to send {@code X-Amz-Target}. */
    public static boolean isPreflight(HttpRequest request) {
        String requested = request.header("Access-Control-Request-Headers");
        return request.method().equals("OPTIONS") && request.rawPath().equals("/") && request.header("Origin") != null
                && request.header("Access-Control-Request-Method") != null && requested != null
                && Arrays.stream(requested.split(",")).map(h -> h.trim().toLowerCase(Locale.ROOT)).anyMatch("x-amz-target"::equals);
    }

    /** The endpoint that answers {@link #isPreflight preflights}: the same answer for both Cognito services, as AWS's are alike. */
    public static ServiceEndpoint preflights() {
        return new ServiceEndpoint() {
            @Override
            public HttpResponse handle(HttpRequest request) {
                return new HttpResponse(200, List.of(
                        Map.entry("x-amzn-RequestId", Ids.uuid()),
                        Map.entry("Access-Control-Allow-Origin", "*"),
                        Map.entry("Access-Control-Allow-Headers", request.header("Access-Control-Request-Headers")),
                        Map.entry("Access-Control-Allow-Methods", request.header("Access-Control-Request-Method")),
                        Map.entry("Access-Control-Expose-Headers", EXPOSED_HEADERS),
                        Map.entry("Access-Control-Max-Age", MAX_AGE)), new byte[0]);
            }

            @Override
            public HttpResponse bodyTooLarge(HttpRequest request) {
                return handle(request);
            }
        };
    }

    /** An answer as a browser may read it, when the request came from one. */
    static HttpResponse allowBrowser(HttpRequest request, HttpResponse response) {
        if (request.header("Origin") == null) {
            return response;
        }
        return response.withHeader("Access-Control-Allow-Origin", "*").withHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
}
