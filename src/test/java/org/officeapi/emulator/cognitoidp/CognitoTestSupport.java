package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the cognito-idp SDK tests share: a client against an embedded AWS, quick set-up, and error assertions. */
final class CognitoTestSupport {

    static final String PASSWORD = "Correct-Horse-9";

    private CognitoTestSupport() {}

    static CognitoIdentityProviderClient client(EmbeddedAws aws) {
        return SdkClients.client(CognitoIdentityProviderClient.builder(), aws);
    }

    /** A client that signs for another region than the embedded AWS's own. */
    static CognitoIdentityProviderClient clientIn(EmbeddedAws aws, String region) {
        return CognitoIdentityProviderClient.builder().endpointOverride(aws.endpoint())
                .region(software.amazon.awssdk.regions.Region.of(region))
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))
                .httpClientBuilder(software.amazon.awssdk.http.apache5.Apache5HttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    static String newPool(CognitoIdentityProviderClient idp) {
        return idp.createUserPool(r -> r.poolName("pool-" + System.nanoTime())).userPool().id();
    }

    static UserPoolClientType newClient(CognitoIdentityProviderClient idp, String poolId, ExplicitAuthFlowsType... flows) {
        return idp.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app").explicitAuthFlows(flows)).userPoolClient();
    }

    static UserPoolClientType passwordClient(CognitoIdentityProviderClient idp, String poolId) {
        return newClient(idp, poolId, ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    }

    /** A CONFIRMED user with {@link #PASSWORD}. */
    static void confirmedUser(CognitoIdentityProviderClient idp, String poolId, String username) {
        idp.adminCreateUser(r -> r.userPoolId(poolId).username(username).messageAction(MessageActionType.SUPPRESS));
        idp.adminSetUserPassword(r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
    }

    static AuthenticationResultType signIn(CognitoIdentityProviderClient idp, String clientId, String username, String password) {
        return idp.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password))).authenticationResult();
    }

    /** Asserts that {@code call} fails with AWS's code, status 400 and message. */
    static void assertAwsError(Runnable call, String code, String message) {
        assertAwsError(call, code, e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message));
    }

    static void assertAwsError(Runnable call, String code, Consumer<CognitoIdentityProviderException> more) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CognitoIdentityProviderException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
            more.accept(e);
        });
    }

    /** The SDK exception a call throws, for assertions on its class. */
    static SdkException thrownBy(Runnable call) {
        try {
            call.run();
        } catch (SdkException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }
}
