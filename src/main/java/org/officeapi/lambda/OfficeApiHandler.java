package org.officeapi.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The office API's Lambda function, behind a REST API's {@code AWS_PROXY} integrations: {@code /user}
 * answers {@code Hello user}, {@code /admin} answers {@code Hello admin}, anything else a JSON 404.
 * <p>
 * Every answer also echoes, in {@code X-Office-…} headers, who API Gateway said called (from
 * {@code requestContext.identity}): the caller's ARN (for Cognito credentials the assumed role's session)
 * and the Cognito identity behind it. That is how the acceptance scenarios prove, on any target
 * including real AWS, that the function saw the caller's identity and role. The event is never logged:
 * it carries the caller's access key id.
 * <p>
 * Deployed from {@code target/office-api-lambda.zip} with handler
 * {@code org.officeapi.lambda.OfficeApiHandler::handleRequest} on runtime java17 or java21.
 */
public final class OfficeApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Map<String, String> headers = CallerHeaders.of(event);
        return switch (route(event)) {
            case "/user" -> answer(200, "text/plain; charset=utf-8", "Hello user", headers);
            case "/admin" -> answer(200, "text/plain; charset=utf-8", "Hello admin", headers);
            default -> answer(404, "application/json", "{\"message\":\"Not Found\"}", headers);
        };
    }

    /** The resource template API Gateway matched ({@code /user}); the request path when there is none (a direct invoke). */
    static String route(APIGatewayProxyRequestEvent event) {
        if (event == null) {
            return "";
        }
        if (event.getResource() != null && !event.getResource().isEmpty()) {
            return event.getResource();
        }
        return event.getPath() == null ? "" : event.getPath();
    }

    private static APIGatewayProxyResponseEvent answer(int status, String contentType, String body, Map<String, String> callerHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.putAll(callerHeaders);
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(headers)
                .withBody(body)
                .withIsBase64Encoded(false);
    }
}
