package org.officeapi.stack;

import org.officeapi.target.AwsClients;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

import java.util.Arrays;
import java.util.List;

/**
 * What scenarios create for themselves beside the shared stack (a user in no group, a user with a
 * temporary password, another app client, another user pool), each with a name unique to the
 * scenario and removed with the run. Only on targets that provision: the existing target skips
 * such scenarios (tag {@code @creates-resources}).
 */
public final class StackVariants {

    /** Another user pool with its own app client, for tokens that must not be accepted. */
    public record OtherPool(String userPoolId, String clientId, String providerName) {}

    private final AwsClients clients;
    private final ResourceNames names;
    private final Teardown teardown;

    public StackVariants(AwsClients clients, ResourceNames names, Teardown teardown) {
        this.clients = clients;
        this.names = names;
        this.teardown = teardown;
    }

    /** A confirmed user with a permanent password in the stack's pool. */
    public UserAccount user(ProvisionedStack stack, String logicalName, String... groups) {
        UserAccount account = createUser(stack.userPoolId(), unique(logicalName), groups);
        clients.cognitoIdp().adminSetUserPassword(r -> r.userPoolId(stack.userPoolId()).username(account.username())
                .password(account.password()).permanent(true));
        return account;
    }

    /** A user created by an administrator with a temporary password, who must choose a new one at first sign-in. */
    public UserAccount userWithTemporaryPassword(ProvisionedStack stack, String logicalName, String... groups) {
        return createUser(stack.userPoolId(), unique(logicalName), groups);
    }

    /** A user an administrator has disabled. */
    public UserAccount disabledUser(ProvisionedStack stack, String logicalName, String... groups) {
        UserAccount account = user(stack, logicalName, groups);
        clients.cognitoIdp().adminDisableUser(r -> r.userPoolId(stack.userPoolId()).username(account.username()));
        return account;
    }

    /** Another app client of the stack's pool, allowing the given flows (plus refresh). */
    public String appClient(ProvisionedStack stack, ExplicitAuthFlowsType... flows) {
        requireOpen("an app client");
        List<ExplicitAuthFlowsType> allowed = new java.util.ArrayList<>(Arrays.asList(flows));
        allowed.add(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        String clientId = clients.cognitoIdp().createUserPoolClient(r -> r.userPoolId(stack.userPoolId())
                .clientName(unique("other-client")).generateSecret(false).explicitAuthFlows(allowed)
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).userPoolClient().clientId();
        teardown.add("app client " + clientId, () -> clients.cognitoIdp()
                .deleteUserPoolClient(r -> r.userPoolId(stack.userPoolId()).clientId(clientId)));
        return clientId;
    }

    /** Another user pool, with an app client allowing SRP and password sign-in. */
    public OtherPool userPool(String region) {
        requireOpen("a user pool");
        String poolName = unique("other-users");
        String poolId = clients.cognitoIdp().createUserPool(r -> r.poolName(poolName)
                .userPoolTags(java.util.Map.of(ResourceNames.RUN_TAG, names.runId(), ResourceNames.STARTED_TAG,
                        names.startedAt().toString()))).userPool().id();
        teardown.add("user pool " + poolName, () -> clients.cognitoIdp().deleteUserPool(r -> r.userPoolId(poolId)));
        String clientId = clients.cognitoIdp().createUserPoolClient(r -> r.userPoolId(poolId).clientName(unique("other-web"))
                .generateSecret(false).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
        return new OtherPool(poolId, clientId, "cognito-idp." + region + ".amazonaws.com/" + poolId);
    }

    /** A confirmed user with a permanent password in another pool. */
    public UserAccount userIn(OtherPool pool, String logicalName) {
        UserAccount account = createUser(pool.userPoolId(), unique(logicalName));
        clients.cognitoIdp().adminSetUserPassword(r -> r.userPoolId(pool.userPoolId()).username(account.username())
                .password(account.password()).permanent(true));
        return account;
    }

    private UserAccount createUser(String poolId, String username, String... groups) {
        requireOpen("user " + username);
        String temporary = Passwords.generate();
        clients.cognitoIdp().adminCreateUser(r -> r.userPoolId(poolId).username(username).temporaryPassword(temporary)
                .messageAction(MessageActionType.SUPPRESS));
        teardown.add("user " + username, () -> clients.cognitoIdp().adminDeleteUser(r -> r.userPoolId(poolId).username(username)));
        for (String group : groups) {
            clients.cognitoIdp().adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group));
        }
        // a user with a temporary password signs in with it; others get a permanent one set by the caller
        return new UserAccount(username, temporary);
    }

    /** Nothing more is created once the run is being torn down (the JVM may be stopping under a scenario). */
    private void requireOpen(String what) {
        if (teardown.isClosed()) {
            throw new IllegalStateException("not creating " + what + ": the run is being torn down");
        }
    }

    /** A name no other scenario of any run will use. */
    private String unique(String logicalName) {
        return names.lowerOf(logicalName + "-" + ResourceNames.newRun(names.startedAt()).runId());
    }
}
