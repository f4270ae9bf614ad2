package org.officeapi.emulator.cognitoidentity.model;

import java.util.List;

/**
 * How an identity pool picks the role for one provider's users.
 *
 * @param type              {@code Token} (from {@code cognito:roles} / {@code cognito:preferred_role}) or {@code Rules}
 * @param ambiguous         what happens when no role can be chosen
 * @param rules             the rules, in order (empty for {@code Token})
 */
public record RoleMappingConfig(Type type, AmbiguousRoleResolution ambiguous, List<MappingRule> rules) {

    public enum Type { TOKEN, RULES }

    public enum AmbiguousRoleResolution { AUTHENTICATED_ROLE, DENY }

    public RoleMappingConfig {
        rules = List.copyOf(rules);
    }
}
