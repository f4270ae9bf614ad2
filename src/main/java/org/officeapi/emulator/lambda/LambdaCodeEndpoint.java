package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.ServiceEndpoint;

/**
 * Serves the code download links of {@link CodeLinks} ({@code GET /_aws/lambda-code/<token>}), answering
 * like a presigned S3 URL: the zip, or a 403 {@code AccessDenied} when the link is unknown or expired.
 */
public final class LambdaCodeEndpoint implements ServiceEndpoint {

    private final CodeLinks links;

    public LambdaCodeEndpoint(CodeLinks links) {
        this.links = links;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        String token = request.rawPath().substring(CodeLinks.PATH.length());
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return denied("The specified method is not allowed against this resource.", 405, "MethodNotAllowed");
        }
        return links.download(token)
                .map(zip -> HttpResponse.of(200, "application/zip", request.method().equals("HEAD") ? new byte[0] : zip))
                .orElseGet(() -> denied("Request has expired", 403, "AccessDenied"));
    }

    private static HttpResponse denied(String message, int status, String code) {
        return HttpResponse.of(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
                + "</Code><Message>" + message + "</Message></Error>");
    }

    @Override
    public HttpResponse bodyTooLarge(HttpRequest request) {
        return denied("Your request was too big.", 400, "EntityTooLarge");
    }
}
