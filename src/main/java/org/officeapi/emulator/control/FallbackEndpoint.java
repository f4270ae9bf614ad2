package org.officeapi.emulator.control;

import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.ServiceEndpoint;

/**
 * Answers requests no service recognises, in the shape the client most likely reads: a JSON
 * {@code UnknownOperationException} for JSON clients, an XML {@code InvalidAction} for query clients,
 * and a 404 otherwise. Never a 5xx, which SDKs would retry.
 */
public final class FallbackEndpoint implements ServiceEndpoint {

    @Override
    public HttpResponse handle(HttpRequest request) {
        if (request.header("X-Amz-Target") != null) {
            return HttpResponse.of(400, "application/x-amz-json-1.1",
                            "{\"__type\":\"UnknownOperationException\",\"message\":\"The embedded AWS serves no operation "
                                    + jsonEscape(request.header("X-Amz-Target")) + "\"}")
                    .withHeader("x-amzn-ErrorType", "UnknownOperationException:");
        }
        if (request.mediaType().equals("application/x-www-form-urlencoded")) {
            return HttpResponse.of(400, "text/xml", "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code>"
                    + "<Message>The embedded AWS serves no service for this request</Message></Error><RequestId>0</RequestId></ErrorResponse>");
        }
        return HttpResponse.of(404, "application/json", "{\"message\":\"The embedded AWS serves nothing at this path\"}")
                .withHeader("x-amzn-ErrorType", "UnknownOperationException");
    }

    @Override
    public HttpResponse bodyTooLarge(HttpRequest request) {
        return HttpResponse.of(413, "application/json", "{\"message\":\"Request entity too large\"}");
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
