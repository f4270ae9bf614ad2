package org.officeapi.stack;

import java.util.List;

/**
 * A role Cognito may hand out, by logical name (the name the features use), and the API methods its
 * identity policy allows it to invoke. Its trust policy is always the identity pool's: authenticated
 * identities of this pool, through {@code sts:AssumeRoleWithWebIdentity}.
 */
public record RoleSpec(String name, List<ApiResource> mayInvoke) {

    public RoleSpec {
        mayInvoke = List.copyOf(mayInvoke);
    }
}
