package org.officeapi.emulator.core;

/** One AWS service (or one public document, such as a JWKS) as seen from HTTP. */
public interface ServiceEndpoint {

    /** The largest body this endpoint takes; beyond it the request is refused before it reaches a service. */
    int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    HttpResponse handle(HttpRequest request);

    default int maxBodyBytes() {
        return DEFAULT_MAX_BODY_BYTES;
    }

    /** The answer when the body is larger than {@link #maxBodyBytes()}, in the endpoint's own error shape. */
    HttpResponse bodyTooLarge(HttpRequest request);
}
