package org.officeapi.stack;

/**
 * How the identity pool picks a role for a user-pool identity: {@code Token} (from
 * {@code cognito:preferred_role} / {@code cognito:roles}) and what happens when that is ambiguous
 * ({@code Deny} or {@code AuthenticatedRole}).
 */
public record RoleMappingSpec(String type, String ambiguousRoleResolution) {

    public static final RoleMappingSpec TOKEN_DENY = new RoleMappingSpec("Token", "Deny");
}
