package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Caller;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

import java.time.Clock;
import java.util.Map;

/**
 * The walkthrough's user pool built with the embedded user pools' own services (no HTTP): a pool, an app
 * client that allows SRP and both password flows, the Admin and User groups with their roles, and Rose in
 * both. Lives in the user pools' package because the services are reached only from there (as the unit tests
 * reach them); the benchmarks use nothing else of it.
 */
public final class BenchUserPool {

    public static final String ACCOUNT = "000000000000";
    public static final String REGION = "us-east-1";
    public static final String USERNAME = "rose";
    /** A made-up password of a made-up user of an in-memory pool. */
    public static final String PASSWORD = "Bench-Passw0rd!";

    public final CognitoIdp idp;
    public final Clock clock;
    public final String poolId;
    public final String clientId;

    public BenchUserPool(Clock clock, String adminRoleArn, String userRoleArn) {
        this.clock = clock;
        this.idp = new CognitoIdp(clock);
        this.poolId = idp.pools().createUserPool(CreateUserPoolRequest.builder().poolName("office").build(), context())
                .userPool().id();
        this.clientId = idp.clients().createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(poolId).clientName("web")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .build(), context()).userPoolClient().clientId();
        idp.groups().createGroup(CreateGroupRequest.builder().userPoolId(poolId).groupName("Admin").precedence(0)
                .roleArn(adminRoleArn).build(), context());
        idp.groups().createGroup(CreateGroupRequest.builder().userPoolId(poolId).groupName("User").precedence(1)
                .roleArn(userRoleArn).build(), context());
        idp.users().adminCreateUser(AdminCreateUserRequest.builder().userPoolId(poolId).username(USERNAME)
                .messageAction(MessageActionType.SUPPRESS).build(), context());
        idp.users().adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(poolId).username(USERNAME)
                .password(PASSWORD).permanent(true).build(), context());
        for (String group : new String[] {"Admin", "User"}) {
            idp.groups().adminAddUserToGroup(AdminAddUserToGroupRequest.builder().userPoolId(poolId).username(USERNAME)
                    .groupName(group).build(), context());
        }
    }

    /** A signed call by the account's root, received now. */
    public CallContext context() {
        return new CallContext("bench", ACCOUNT, REGION, Caller.root(ACCOUNT, "test"), "127.0.0.1", "bench", clock.instant());
    }

    /** An unsigned call (InitiateAuth, RespondToAuthChallenge), received now. */
    public CallContext unsigned() {
        return new CallContext("bench", ACCOUNT, REGION, null, "127.0.0.1", "bench", clock.instant());
    }

    /** {@code https://cognito-idp.{region}.amazonaws.com/{poolId}} without the scheme: the Logins key. */
    public String providerName() {
        return "cognito-idp." + REGION + ".amazonaws.com/" + poolId;
    }

    /** AdminInitiateAuth with ADMIN_USER_PASSWORD_AUTH, as the service runs it. */
    public AuthenticationResultType passwordSignIn() {
        return idp.signIn().adminInitiateAuth(AdminInitiateAuthRequest.builder().userPoolId(poolId).clientId(clientId)
                .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", USERNAME, "PASSWORD", PASSWORD)).build(), context()).authenticationResult();
    }

    SignInService signIn() {
        return idp.signIn();
    }
}
