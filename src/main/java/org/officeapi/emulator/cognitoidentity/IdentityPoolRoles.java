package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.cognitoidentity.model.CognitoProvider;
import org.officeapi.emulator.cognitoidentity.model.IdentityPoolRecord;
import org.officeapi.emulator.cognitoidentity.model.MappingRule;
import org.officeapi.emulator.cognitoidentity.model.MatchType;
import org.officeapi.emulator.cognitoidentity.model.RoleMappingConfig;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** An identity pool's roles and role mappings (reference §2.3). */
final class IdentityPoolRoles {

    // what iam:PassRole can pass: a role of the pool's own account
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/[\\w+=,.@/-]+");
    private static final Pattern ROLE_TYPE = Pattern.compile("(un)?authenticated");

    private final CognitoIdentityStore store;

    IdentityPoolRoles(CognitoIdentityStore store) {
        this.store = store;
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_SetIdentityPoolRoles.html">SetIdentityPoolRoles</a>:
     * replaces the roles and the role mappings (none sent: none kept).
     */
    SetIdentityPoolRolesResponse setIdentityPoolRoles(SetIdentityPoolRolesRequest request, CallContext context) {
        IdentityPoolRecord pool = store.pool(context.accountId(), context.region(), request.identityPoolId())
                .orElseThrow(() -> CognitoIdentityErrors.poolNotFound(request.identityPoolId()));
        Map<String, String> roles = roles(request.roles(), pool.accountId());
        Map<String, RoleMappingConfig> mappings = new LinkedHashMap<>();
        if (request.hasRoleMappings()) {
            request.roleMappings().forEach((key, mapping) -> mappings.put(key, mapping(key, mapping, pool)));
        }
        if (!store.replacePool(pool.withRoles(roles, mappings))) {
            throw CognitoIdentityErrors.poolNotFound(request.identityPoolId());
        }
        return SetIdentityPoolRolesResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetIdentityPoolRoles.html">GetIdentityPoolRoles</a> */
    GetIdentityPoolRolesResponse getIdentityPoolRoles(GetIdentityPoolRolesRequest request, CallContext context) {
        IdentityPoolRecord pool = store.pool(context.accountId(), context.region(), request.identityPoolId())
                .orElseThrow(() -> CognitoIdentityErrors.poolNotFound(request.identityPoolId()));
        GetIdentityPoolRolesResponse.Builder out = GetIdentityPoolRolesResponse.builder()
                .identityPoolId(pool.identityPoolId()).roles(pool.roles());
        if (!pool.roleMappings().isEmpty()) {
            Map<String, RoleMapping> mappings = new LinkedHashMap<>();
            pool.roleMappings().forEach((key, mapping) -> mappings.put(key, wire(mapping)));
            out.roleMappings(mappings);
        }
        return out.build();
    }

    private static Map<String, String> roles(Map<String, String> sent, String accountId) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (Map.Entry<String, String> role : sent.entrySet()) {
            if (!ROLE_TYPE.matcher(role.getKey()).matches()) {
                // the model constrains the map's keys; AWS's front end words such failures this way
                throw new AwsErrorException("ValidationException", 400, "1 validation error detected: Value '" + sent
                        + "' at 'roles' failed to satisfy constraint: Map keys must satisfy constraint: "
                        + "[Member must satisfy regular expression pattern: (un)?authenticated]");
            }
            roles.put(role.getKey(), passable(role.getValue(), accountId));
        }
        return roles;
    }

    /** A role ARN of the pool's account, or AWS's refusal (also what a role name instead of an ARN gets). */
    private static String passable(String role, String accountId) {
        var match = role == null ? null : ROLE_ARN.matcher(role);
        if (match == null || !match.matches() || !match.group(1).equals(accountId)) {
            throw CognitoIdentityErrors.roleForbidden(String.valueOf(role));
        }
        return role;
    }

    private static RoleMappingConfig mapping(String key, RoleMapping mapping, IdentityPoolRecord pool) {
        boolean configured = pool.cognitoProviders().stream().map(CognitoProvider::roleMappingKey).anyMatch(key::equals);
        if (!configured) {
            throw CognitoIdentityErrors.invalidRoleMappingKey(key);
        }
        if (mapping == null) {
            throw CognitoIdentityErrors.invalidParameter("RoleMapping for " + key + " must not be null.");
        }
        RoleMappingConfig.Type type = mapping.type() == RoleMappingType.RULES ? RoleMappingConfig.Type.RULES : RoleMappingConfig.Type.TOKEN;
        if (mapping.ambiguousRoleResolution() == null) {
            // AWS documents AmbiguousRoleResolution as required for both types; UNCONFIRMED wording
            throw CognitoIdentityErrors.invalidParameter("AmbiguousRoleResolution must be specified for RoleMapping of type "
                    + mapping.typeAsString() + ".");
        }
        RoleMappingConfig.AmbiguousRoleResolution ambiguous = mapping.ambiguousRoleResolution() == AmbiguousRoleResolutionType.DENY
                ? RoleMappingConfig.AmbiguousRoleResolution.DENY : RoleMappingConfig.AmbiguousRoleResolution.AUTHENTICATED_ROLE;
        List<MappingRule> rules = List.of();
        if (type == RoleMappingConfig.Type.RULES) {
            if (mapping.rulesConfiguration() == null || !mapping.rulesConfiguration().hasRules()) {
                // UNCONFIRMED wording
                throw CognitoIdentityErrors.invalidParameter("RulesConfiguration must be specified for RoleMapping of type Rules.");
            }
            if (mapping.rulesConfiguration().rules().contains(null)) {
                throw CognitoIdentityErrors.invalidParameter("Rules must not contain null.");
            }
            rules = mapping.rulesConfiguration().rules().stream().map(rule -> new MappingRule(rule.claim(),
                    MatchType.fromWire(rule.matchTypeAsString()), rule.value(), passable(rule.roleARN(), pool.accountId()))).toList();
        }
        return new RoleMappingConfig(type, ambiguous, rules);
    }

    private static RoleMapping wire(RoleMappingConfig mapping) {
        RoleMapping.Builder out = RoleMapping.builder()
                .type(mapping.type() == RoleMappingConfig.Type.RULES ? RoleMappingType.RULES : RoleMappingType.TOKEN)
                .ambiguousRoleResolution(mapping.ambiguous() == RoleMappingConfig.AmbiguousRoleResolution.DENY
                        ? AmbiguousRoleResolutionType.DENY : AmbiguousRoleResolutionType.AUTHENTICATED_ROLE);
        if (mapping.type() == RoleMappingConfig.Type.RULES) {
            out.rulesConfiguration(RulesConfigurationType.builder().rules(mapping.rules().stream()
                    .map(rule -> software.amazon.awssdk.services.cognitoidentity.model.MappingRule.builder().claim(rule.claim())
                            .matchType(rule.matchType().wire()).value(rule.value()).roleARN(rule.roleArn()).build())
                    .toList()).build());
        }
        return out.build();
    }
}
