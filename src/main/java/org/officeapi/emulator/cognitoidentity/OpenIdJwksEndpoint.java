package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.ServiceEndpoint;

/**
 * {@code GET /.well-known/jwks_uri}: the public keys of the identity pools' OpenID tokens, as
 * {@code https://cognito-identity.amazonaws.com/.well-known/jwks_uri} serves them, for any verifier.
 */
public final class OpenIdJwksEndpoint implements ServiceEndpoint {

    public static final String PATH = "/.well-known/jwks_uri";

    private final CognitoIdentityService service;

    public OpenIdJwksEndpoint(CognitoIdentityService service) {
        this.service = service;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        if (!request.method().equals("GET")) {
            return HttpResponse.of(405, "application/json", "{\"message\":\"Method Not Allowed\"}").withHeader("Allow", "GET");
        }
        return HttpResponse.of(200, "application/json", service.openIdTokenJwks());
    }

    @Override
    public HttpResponse bodyTooLarge(HttpRequest request) {
        return HttpResponse.of(413, "application/json", "{\"message\":\"Request entity too large\"}");
    }
}
