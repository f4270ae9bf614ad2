package org.officeapi.stack;

import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;

import java.util.Map;

/** The identity pool that trades the user pool's ID tokens for role credentials, and its role mapping. */
final class IdentityPoolProvisioning {

    private IdentityPoolProvisioning() {}

    static String create(Provisioning p, String userPoolId, String clientId) {
        // identity pool names allow only [\w ]+
        String name = p.names().of("office-identities").replace('-', '_');
        String providerName = "cognito-idp." + p.region() + ".amazonaws.com/" + userPoolId;
        String id = p.timed("identity pool " + name, () -> p.clients().cognitoIdentity().createIdentityPool(r -> r
                .identityPoolName(name).allowUnauthenticatedIdentities(false).allowClassicFlow(false)
                .cognitoIdentityProviders(c -> c.providerName(providerName).clientId(clientId).serverSideTokenCheck(false))
                .identityPoolTags(p.tags()))).identityPoolId();
        p.teardown().add("identity pool " + name, () -> p.clients().cognitoIdentity().deleteIdentityPool(r -> r.identityPoolId(id)));
        return id;
    }

    /** Roles come from the token (preferred role, or the one asked for among the token's roles); ambiguity as the spec says. */
    static void mapRoles(Provisioning p, RoleMappingSpec spec, String identityPoolId, String userPoolId, String clientId) {
        String key = "cognito-idp." + p.region() + ".amazonaws.com/" + userPoolId + ":" + clientId;
        RoleMapping mapping = RoleMapping.builder().type(RoleMappingType.fromValue(spec.type()))
                .ambiguousRoleResolution(AmbiguousRoleResolutionType.fromValue(spec.ambiguousRoleResolution())).build();
        p.timed("role mapping of " + identityPoolId, () -> p.clients().cognitoIdentity().setIdentityPoolRoles(r -> r
                .identityPoolId(identityPoolId).roles(Map.of()).roleMappings(Map.of(key, mapping))));
    }
}
