package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.cognitoidentity.model.MappingRule;
import org.officeapi.emulator.cognitoidentity.model.RoleMappingConfig;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which role an authenticated user-pool identity gets (reference §2.6). Pure: the claims of a verified
 * ID token and the pool's configuration in, a role ARN (or AWS's refusal) out.
 * <ul>
 *   <li>No role mapping for the provider: {@code Roles.authenticated}.</li>
 *   <li>{@code Token}: the {@code CustomRoleArn} if it is among {@code cognito:roles}; else
 *       {@code cognito:preferred_role}; else the ambiguous-role resolution.</li>
 *   <li>{@code Rules}: the first rule that matches, in order; {@code CustomRoleArn} may pick another
 *       matching rule's role; no match: the ambiguous-role resolution.</li>
 *   <li>Ambiguous: {@code AuthenticatedRole} gives {@code Roles.authenticated}; {@code Deny} refuses.</li>
 * </ul>
 * Empty means no role is configured where one was needed, which the caller reports as
 * InvalidIdentityPoolConfigurationException.
 */
final class RoleSelection {

    static final String ROLES_CLAIM = "cognito:roles";
    static final String PREFERRED_ROLE_CLAIM = "cognito:preferred_role";

    private RoleSelection() {}

    /**
     * @param mapping           the pool's role mapping for this provider, or null
     * @param mappingKey        {@code cognito-idp.{region}.amazonaws.com/{poolId}:{clientId}}, the mapping's key
     * @param authenticatedRole {@code Roles.authenticated}, or null
     * @param claims            the verified ID token's claims
     * @param customRoleArn     the role the caller asked for, or null
     */
    static Optional<String> choose(RoleMappingConfig mapping, String mappingKey, String authenticatedRole,
                                   Map<String, Object> claims, String customRoleArn) {
        if (mapping == null) {
            // UNCONFIRMED: whether AWS ignores or refuses a CustomRoleArn when the provider has no role mapping;
            // it is ignored here, so that asking can never widen what the pool grants
            return Optional.ofNullable(authenticatedRole);
        }
        return switch (mapping.type()) {
            case TOKEN -> fromToken(mapping, mappingKey, authenticatedRole, claims, customRoleArn);
            case RULES -> fromRules(mapping, mappingKey, authenticatedRole, claims, customRoleArn);
        };
    }

    private static Optional<String> fromToken(RoleMappingConfig mapping, String mappingKey, String authenticatedRole,
                                              Map<String, Object> claims, String customRoleArn) {
        List<String> roles = values(claims.get(ROLES_CLAIM));
        if (customRoleArn != null) {
            if (roles.contains(customRoleArn)) {
                return Optional.of(customRoleArn);
            }
            // UNCONFIRMED: AWS documents only that this is denied. NotAuthorizedException "Access to Role '<arn>' is
            // forbidden." is AWS's wording for a role the caller may not use elsewhere in this service (SetIdentityPoolRoles)
            throw CognitoIdentityErrors.roleForbidden(customRoleArn);
        }
        Object preferred = claims.get(PREFERRED_ROLE_CLAIM);
        if (preferred instanceof String role && !role.isEmpty()) {
            return Optional.of(role);
        }
        // several roles and no preferred one, or (UNCONFIRMED, the consistent reading) no cognito:roles at all
        return ambiguous(mapping, mappingKey, authenticatedRole);
    }

    private static Optional<String> fromRules(RoleMappingConfig mapping, String mappingKey, String authenticatedRole,
                                              Map<String, Object> claims, String customRoleArn) {
        List<MappingRule> matching = mapping.rules().stream().filter(rule -> matches(rule, claims)).toList();
        if (customRoleArn != null) {
            // UNCONFIRMED: AWS says CustomRoleArn "overrides the order" of the rules; read here as: any matching rule's
            // role may be asked for, and a role no matching rule grants is refused as for Token
            if (matching.stream().anyMatch(rule -> rule.roleArn().equals(customRoleArn))) {
                return Optional.of(customRoleArn);
            }
            throw CognitoIdentityErrors.roleForbidden(customRoleArn);
        }
        if (!matching.isEmpty()) {
            return Optional.of(matching.get(0).roleArn());
        }
        return ambiguous(mapping, mappingKey, authenticatedRole);
    }

    private static Optional<String> ambiguous(RoleMappingConfig mapping, String mappingKey, String authenticatedRole) {
        if (mapping.ambiguous() == RoleMappingConfig.AmbiguousRoleResolution.AUTHENTICATED_ROLE) {
            return Optional.ofNullable(authenticatedRole);
        }
        // UNCONFIRMED: AWS's message names the provider; observed verbatim only for accounts.google.com. For a user
        // pool it is taken to be the role mapping's key, which includes ":<clientId>"
        throw CognitoIdentityErrors.ambiguousRoleDenied(mappingKey);
    }

    /**
     * Does the rule match the claims? Claims are compared as strings (numbers and booleans as JSON writes
     * them). A claim the token does not carry matches no rule, not even {@code NotEqual} (AWS: "the rule is
     * not evaluated"). UNCONFIRMED, for array claims such as {@code cognito:groups}: each element is
     * compared on its own; {@code Equals}, {@code Contains} and {@code StartsWith} match when any element
     * does, {@code NotEqual} when no element equals the value.
     */
    static boolean matches(MappingRule rule, Map<String, Object> claims) {
        Object claim = claims.get(rule.claim());
        if (claim == null) {
            return false;
        }
        List<String> values = claim instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(claim));
        String expected = rule.value();
        return switch (rule.matchType()) {
            case EQUALS -> values.stream().anyMatch(expected::equals);
            case CONTAINS -> values.stream().anyMatch(value -> value.contains(expected));
            case STARTS_WITH -> values.stream().anyMatch(value -> value.startsWith(expected));
            case NOT_EQUAL -> values.stream().noneMatch(expected::equals);
        };
    }

    /** A claim that may be a JSON array of strings, or (as one doc page describes {@code cognito:roles}) a comma-separated string. */
    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text && !text.isEmpty()) {
            return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }
}
