package org.officeapi.stack.inspect;

import org.officeapi.stack.StackSpec;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The identity pool trusts the user pool's client, and maps roles the way the spec says. */
final class IdentityPoolDrift {

    private IdentityPoolDrift() {}

    static List<String> check(DeployedReader reader, StackSpec spec) {
        List<String> drift = new ArrayList<>();
        String poolId = reader.deployed().identityPoolId();
        Optional<DescribeIdentityPoolResponse> pool = DeployedReader.ifPresent(() -> reader.clients().cognitoIdentity()
                .describeIdentityPool(r -> r.identityPoolId(poolId)));
        if (pool.isEmpty()) {
            drift.add("identity pool " + poolId + " does not exist");
            return drift;
        }
        String provider = "cognito-idp." + reader.deployed().region() + ".amazonaws.com/" + reader.deployed().userPoolId();
        boolean trustsClient = pool.get().cognitoIdentityProviders().stream()
                .anyMatch(p -> provider.equals(p.providerName()) && reader.deployed().clientId().equals(p.clientId()));
        if (!trustsClient) {
            drift.add("identity pool " + poolId + " does not accept tokens of " + provider + " for client " + reader.deployed().clientId());
        }
        GetIdentityPoolRolesResponse roles = reader.clients().cognitoIdentity().getIdentityPoolRoles(r -> r.identityPoolId(poolId));
        RoleMapping mapping = roles.roleMappings().get(provider + ":" + reader.deployed().clientId());
        if (mapping == null) {
            drift.add("identity pool " + poolId + " has no role mapping for " + provider + ":" + reader.deployed().clientId()
                    + ", the spec says " + spec.roleMapping().type() + " with " + spec.roleMapping().ambiguousRoleResolution());
            return drift;
        }
        if (!spec.roleMapping().type().equalsIgnoreCase(mapping.typeAsString())) {
            drift.add("identity pool " + poolId + " maps roles by " + mapping.typeAsString() + ", the spec says " + spec.roleMapping().type());
        }
        if (!spec.roleMapping().ambiguousRoleResolution().equals(mapping.ambiguousRoleResolutionAsString())) {
            drift.add("identity pool " + poolId + " resolves ambiguous roles with " + mapping.ambiguousRoleResolutionAsString()
                    + ", the spec says " + spec.roleMapping().ambiguousRoleResolution());
        }
        return drift;
    }
}
