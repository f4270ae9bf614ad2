package org.officeapi.emulator.cognitoidentity.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An identity pool as stored: its configuration, its roles and role mappings.
 *
 * @param allowClassicFlow as sent; null when never set, which AWS treats as allowed (reference §2.7)
 * @param roles            {@code authenticated} / {@code unauthenticated} → role ARN
 * @param roleMappings     {@code cognito-idp.{region}.amazonaws.com/{poolId}:{clientId}} → mapping
 * @param sequence         creation order, for stable pagination
 */
public record IdentityPoolRecord(String identityPoolId, String accountId, String region, String name,
                                 boolean allowUnauthenticatedIdentities, Boolean allowClassicFlow,
                                 Map<String, String> supportedLoginProviders, String developerProviderName,
                                 List<String> openIdConnectProviderArns, List<CognitoProvider> cognitoProviders,
                                 List<String> samlProviderArns, Map<String, String> tags, Map<String, String> roles,
                                 Map<String, RoleMappingConfig> roleMappings, long sequence, Instant creationDate) {

    public static final String AUTHENTICATED = "authenticated";
    public static final String UNAUTHENTICATED = "unauthenticated";

    public IdentityPoolRecord {
        supportedLoginProviders = Map.copyOf(supportedLoginProviders);
        openIdConnectProviderArns = List.copyOf(openIdConnectProviderArns);
        cognitoProviders = List.copyOf(cognitoProviders);
        samlProviderArns = List.copyOf(samlProviderArns);
        tags = Map.copyOf(tags);
        roles = Map.copyOf(roles);
        roleMappings = Map.copyOf(roleMappings);
    }

    public boolean classicFlowAllowed() {
        return !Boolean.FALSE.equals(allowClassicFlow);
    }

    /** The configured user-pool providers with this Logins key (one per app client). */
    public List<CognitoProvider> providersNamed(String providerName) {
        return cognitoProviders.stream().filter(p -> p.providerName().equals(providerName)).toList();
    }

    public Optional<String> role(String kind) {
        return Optional.ofNullable(roles.get(kind));
    }

    public IdentityPoolRecord withRoles(Map<String, String> newRoles, Map<String, RoleMappingConfig> newMappings) {
        return new IdentityPoolRecord(identityPoolId, accountId, region, name, allowUnauthenticatedIdentities, allowClassicFlow,
                supportedLoginProviders, developerProviderName, openIdConnectProviderArns, cognitoProviders, samlProviderArns,
                tags, newRoles, newMappings, sequence, creationDate);
    }

    /** The same pool with the configuration an UpdateIdentityPool call sent; roles and role mappings stay. */
    public IdentityPoolRecord withConfiguration(IdentityPoolRecord update) {
        return new IdentityPoolRecord(identityPoolId, accountId, region, update.name, update.allowUnauthenticatedIdentities,
                update.allowClassicFlow, update.supportedLoginProviders, update.developerProviderName,
                update.openIdConnectProviderArns, update.cognitoProviders, update.samlProviderArns, update.tags, roles,
                roleMappings, sequence, creationDate);
    }
}
