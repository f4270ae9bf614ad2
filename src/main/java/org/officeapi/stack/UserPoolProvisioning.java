package org.officeapi.stack;

import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

import java.util.LinkedHashMap;
import java.util.Map;

/** The user pool, its app client, its groups with their roles, and the users in their groups. */
final class UserPoolProvisioning {

    record Pool(String userPoolId, String clientId) {}

    private UserPoolProvisioning() {}

    static Pool createPool(Provisioning p) {
        String poolName = p.names().of("office-users");
        String poolId = p.timed("user pool " + poolName, () -> p.clients().cognitoIdp()
                .createUserPool(r -> r.poolName(poolName).userPoolTags(p.tags()))).userPool().id();
        p.teardown().add("user pool " + poolName, () -> p.clients().cognitoIdp().deleteUserPool(r -> r.userPoolId(poolId)));
        // No secret (browser apps cannot keep one); SRP as browsers sign in, passwords for scripts, refresh.
        // Unknown users get the same answer as wrong passwords, so that nobody can probe who exists.
        String clientId = p.timed("app client of " + poolName, () -> p.clients().cognitoIdp().createUserPoolClient(r -> r
                .userPoolId(poolId).clientName(p.names().of("office-web")).generateSecret(false)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED))).userPoolClient().clientId();
        return new Pool(poolId, clientId);
    }

    static void createGroups(Provisioning p, StackSpec spec, String poolId, Map<String, String> roleArns) {
        for (GroupSpec group : spec.groups()) {
            p.timed("group " + group.name(), () -> p.clients().cognitoIdp().createGroup(r -> r.userPoolId(poolId)
                    .groupName(group.name()).precedence(group.precedence())
                    .roleArn(group.role() == null ? null : roleArns.get(group.role()))));
        }
    }

    static Map<String, UserAccount> createUsers(Provisioning p, StackSpec spec, String poolId) {
        Map<String, UserAccount> accounts = new LinkedHashMap<>();
        for (UserSpec user : spec.users()) {
            accounts.put(user.name(), createUser(p, poolId, user.name(), user.groups().toArray(String[]::new)));
        }
        return accounts;
    }

    /** A confirmed user with a permanent password, in the given groups. */
    static UserAccount createUser(Provisioning p, String poolId, String logicalName, String... groups) {
        String username = p.names().lowerOf(logicalName);
        String password = Passwords.generate();
        p.timed("user " + logicalName, () -> p.clients().cognitoIdp().adminCreateUser(r -> r.userPoolId(poolId)
                .username(username).temporaryPassword(Passwords.generate()).messageAction(MessageActionType.SUPPRESS)));
        p.clients().cognitoIdp().adminSetUserPassword(r -> r.userPoolId(poolId).username(username).password(password).permanent(true));
        for (String group : groups) {
            p.clients().cognitoIdp().adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group));
        }
        return new UserAccount(username, password);
    }
}
