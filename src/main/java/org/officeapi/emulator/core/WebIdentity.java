package org.officeapi.emulator.core;

import java.util.List;

/**
 * The federated identity behind a role session: for Cognito identity pools, the provider
 * {@code cognito-identity.amazonaws.com}, the identity pool id as audience, the identity id as subject
 * and the {@code amr} values. API Gateway reports these in the Lambda event's {@code requestContext.identity}.
 */
public record WebIdentity(String provider, String audience, String subject, List<String> amr) {

    public WebIdentity {
        amr = List.copyOf(amr);
    }

    public boolean authenticated() {
        return amr.contains("authenticated");
    }
}
