package org.officeapi.steps.support;

import java.util.List;
import java.util.Optional;

/**
 * What an ID token says about a user's groups and roles, read only after its signature, issuer, audience and
 * expiry were verified. Holds claims, never the token itself.
 */
public record IdToken(List<String> groups, List<String> roles, Optional<String> preferredRole) {

    public IdToken {
        groups = List.copyOf(groups);
        roles = List.copyOf(roles);
    }
}
