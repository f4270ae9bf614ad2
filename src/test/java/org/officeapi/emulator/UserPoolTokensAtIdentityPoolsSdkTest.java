package org.officeapi.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The identity pools verify user pool ID tokens with the user pools' own keys (the UserPoolKeys port, wired), and ask
 * the user pools whether a sign-in still stands for providers with ServerSideTokenCheck (the UserPoolSignIns port).
 */
class UserPoolTokensAtIdentityPoolsSdkTest {

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient userPools;
    private static CognitoIdentityClient identityPools;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        userPools = SdkClients.client(CognitoIdentityProviderClient.builder(), aws);
        identityPools = SdkClients.client(CognitoIdentityClient.builder(), aws);
    }

    @AfterAll
    static void stop() {
        userPools.close();
        identityPools.close();
        aws.close();
    }

    private static String[] poolWithSignedInRose() {
        String pool = userPools.createUserPool(r -> r.poolName("office")).userPool().id();
        String app = userPools.createUserPoolClient(r -> r.userPoolId(pool).clientName("web")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
        userPools.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS));
        userPools.adminSetUserPassword(r -> r.userPoolId(pool).username("rose").password("Correct-Horse-9").permanent(true));
        AuthenticationResultType tokens = userPools.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "rose", "PASSWORD", "Correct-Horse-9"))).authenticationResult();
        return new String[] {pool, app, tokens.idToken(), tokens.accessToken()};
    }

    @Test
    void anIdTokenOfTheUserPoolGetsAnIdentity() {
        String[] rose = poolWithSignedInRose();
        String provider = "cognito-idp." + aws.region() + ".amazonaws.com/" + rose[0];
        String identityPool = identityPools.createIdentityPool(r -> r.identityPoolName("office").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(p -> p.providerName(provider).clientId(rose[1]))).identityPoolId();

        String identity = identityPools.getId(r -> r.identityPoolId(identityPool).logins(Map.of(provider, rose[2]))).identityId();

        assertThat(identity).startsWith(aws.region() + ":");
        assertThat(identityPools.getId(r -> r.identityPoolId(identityPool).logins(Map.of(provider, rose[2]))).identityId())
                .isEqualTo(identity);
    }

    @Test
    void aTokenSignedByAnotherPoolIsRefused() {
        String[] rose = poolWithSignedInRose();
        String[] other = poolWithSignedInRose();
        String provider = "cognito-idp." + aws.region() + ".amazonaws.com/" + rose[0];
        String identityPool = identityPools.createIdentityPool(r -> r.identityPoolName("office").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(p -> p.providerName(provider).clientId(rose[1]))).identityPoolId();
        // the other pool's token, with its header and payload swapped in: right claims, wrong signature
        String[] mine = rose[2].split("\\.");
        String forged = mine[0] + "." + mine[1] + "." + other[2].split("\\.")[2];

        assertThatThrownBy(() -> identityPools.getId(r -> r.identityPoolId(identityPool).logins(Map.of(provider, forged))))
                .isInstanceOfSatisfying(NotAuthorizedException.class, e ->
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid login token. Couldn't verify signed token."));
    }

    @Test
    void afterGlobalSignOutOnlyAProviderWithServerSideTokenCheckRefusesTheIdToken() {
        String[] rose = poolWithSignedInRose();
        String provider = "cognito-idp." + aws.region() + ".amazonaws.com/" + rose[0];
        String checking = identityPools.createIdentityPool(r -> r.identityPoolName("checking").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(p -> p.providerName(provider).clientId(rose[1]).serverSideTokenCheck(true))).identityPoolId();
        String trusting = identityPools.createIdentityPool(r -> r.identityPoolName("trusting").allowUnauthenticatedIdentities(false)
                .cognitoIdentityProviders(p -> p.providerName(provider).clientId(rose[1]))).identityPoolId();
        String identity = identityPools.getId(r -> r.identityPoolId(checking).logins(Map.of(provider, rose[2]))).identityId();

        userPools.globalSignOut(r -> r.accessToken(rose[3]));

        // UNCONFIRMED message; AWS documents a 400 Not Authorized for GetId and for credentials
        assertThatThrownBy(() -> identityPools.getId(r -> r.identityPoolId(checking).logins(Map.of(provider, rose[2]))))
                .isInstanceOfSatisfying(NotAuthorizedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid login token. Token has been revoked.");
                });
        assertThatThrownBy(() -> identityPools.getCredentialsForIdentity(r -> r.identityId(identity).logins(Map.of(provider, rose[2]))))
                .isInstanceOf(NotAuthorizedException.class);
        // the ID token itself is still a valid JWT: without the check, the identity pool takes it until it expires
        assertThat(identityPools.getId(r -> r.identityPoolId(trusting).logins(Map.of(provider, rose[2]))).identityId())
                .startsWith(aws.region() + ":");
    }
}
