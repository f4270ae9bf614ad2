package org.officeapi.emulator.cognitoidp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

/** CreateUserPoolClient, DescribeUserPoolClient, ListUserPoolClients, UpdateUserPoolClient, DeleteUserPoolClient. */
class UserPoolClientsSdkTest {

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;
    private static String pool;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        idp = client(aws);
        pool = newPool(idp);
    }

    @AfterAll
    static void stop() {
        idp.close();
        aws.close();
    }

    @Test
    void aNewClientHasAwsDefaults() {
        UserPoolClientType app = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("web")).userPoolClient();

        assertThat(app.clientId()).matches("[a-z0-9]{26}");
        assertThat(app.clientName()).isEqualTo("web");
        assertThat(app.userPoolId()).isEqualTo(pool);
        assertThat(app.clientSecret()).isNull();
        assertThat(app.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
        assertThat(app.refreshTokenValidity()).isEqualTo(30);
        assertThat(app.accessTokenValidity()).isNull();
        assertThat(app.idTokenValidity()).isNull();
        assertThat(app.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
        assertThat(app.enableTokenRevocation()).isTrue();
        assertThat(app.authSessionValidity()).isEqualTo(3);
    }

    @Test
    void generateSecretGivesTheClientASecretThatDescribeShows() {
        UserPoolClientType app = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("server").generateSecret(true)).userPoolClient();

        assertThat(app.clientSecret()).matches("[a-z0-9]{51}");
        assertThat(idp.describeUserPoolClient(r -> r.userPoolId(pool).clientId(app.clientId())).userPoolClient().clientSecret())
                .isEqualTo(app.clientSecret());
    }

    @Test
    void tokenValiditiesAreKeptWithTheirUnits() {
        UserPoolClientType app = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("short")
                .idTokenValidity(5).accessTokenValidity(60).refreshTokenValidity(60)
                .tokenValidityUnits(u -> u.idToken(TimeUnitsType.MINUTES).accessToken(TimeUnitsType.MINUTES).refreshToken(TimeUnitsType.MINUTES)))
                .userPoolClient();

        assertThat(app.idTokenValidity()).isEqualTo(5);
        assertThat(app.accessTokenValidity()).isEqualTo(60);
        assertThat(app.refreshTokenValidity()).isEqualTo(60);
        assertThat(app.tokenValidityUnits().idToken()).isEqualTo(TimeUnitsType.MINUTES);
    }

    @Test
    void tokenValiditiesOutsideAwsRangesAreRefused() {
        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("x").accessTokenValidity(2)
                .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.DAYS))), "InvalidParameterException", "Invalid range for token validity");
        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("x").idTokenValidity(4)
                .tokenValidityUnits(u -> u.idToken(TimeUnitsType.MINUTES))), "InvalidParameterException", "Invalid range for token validity");
        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("x").refreshTokenValidity(59)
                .tokenValidityUnits(u -> u.refreshToken(TimeUnitsType.MINUTES))), "InvalidParameterException", "Invalid range for token validity");
        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("x").refreshTokenValidity(3651)),
                "InvalidParameterException", "Invalid range for token validity");
        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("x").accessTokenValidity(86401)),
                "InvalidParameterException",
                "1 validation error detected: Value '86401' at 'accessTokenValidity' failed to satisfy constraint: Member must have value less than or equal to 86400");
    }

    @Test
    void aRefusedClientIsNotCreated() {
        String lonelyPool = newPool(idp);

        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId(lonelyPool).clientName("x").idTokenValidity(2)
                .tokenValidityUnits(u -> u.idToken(TimeUnitsType.DAYS))), "InvalidParameterException", "Invalid range for token validity");

        assertThat(idp.listUserPoolClients(r -> r.userPoolId(lonelyPool)).userPoolClients()).isEmpty();
    }

    @Test
    void legacyFlowNamesAreAcceptedAloneButNotMixed() {
        UserPoolClientType legacy = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("old")
                .explicitAuthFlowsWithStrings("USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH")).userPoolClient();

        assertThat(legacy.explicitAuthFlowsAsStrings()).containsExactly("USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH");
        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("mixed")
                .explicitAuthFlowsWithStrings("USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")), "InvalidParameterException",
                e -> assertThat(e.awsErrorDetails().errorMessage()).contains("legacy"));
        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("bad").explicitAuthFlowsWithStrings("ALLOW_EVERYTHING")),
                "InvalidParameterException", e -> assertThat(e.awsErrorDetails().errorMessage())
                        .startsWith("1 validation error detected: Value '[ALLOW_EVERYTHING]' at 'explicitAuthFlows' failed to satisfy constraint:"
                                + " Member must satisfy constraint: [Member must satisfy enum value set: ["));
    }

    @Test
    void aClientCanBeDescribedListedUpdatedAndDeleted() {
        String ownPool = newPool(idp);
        UserPoolClientType app = idp.createUserPoolClient(r -> r.userPoolId(ownPool).clientName("crud").generateSecret(true)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).userPoolClient();
        idp.createUserPoolClient(r -> r.userPoolId(ownPool).clientName("second"));

        ListUserPoolClientsResponse first = idp.listUserPoolClients(r -> r.userPoolId(ownPool).maxResults(1));
        assertThat(first.userPoolClients()).extracting(UserPoolClientDescription::clientName).containsExactly("crud");
        assertThat(idp.listUserPoolClients(r -> r.userPoolId(ownPool).maxResults(1).nextToken(first.nextToken())).userPoolClients())
                .extracting(UserPoolClientDescription::clientName).containsExactly("second");

        UserPoolClientType updated = idp.updateUserPoolClient(r -> r.userPoolId(ownPool).clientId(app.clientId()).idTokenValidity(2))
                .userPoolClient();
        assertThat(updated.clientName()).isEqualTo("crud");
        assertThat(updated.clientSecret()).isEqualTo(app.clientSecret());
        assertThat(updated.idTokenValidity()).isEqualTo(2);
        // as AWS warns, what the update leaves out goes back to its default
        assertThat(updated.explicitAuthFlows()).containsExactly(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
        assertThat(updated.preventUserExistenceErrors()).isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
        assertThat(idp.describeUserPoolClient(r -> r.userPoolId(ownPool).clientId(app.clientId())).userPoolClient().idTokenValidity())
                .isEqualTo(2);

        idp.deleteUserPoolClient(r -> r.userPoolId(ownPool).clientId(app.clientId()));

        assertAwsError(() -> idp.describeUserPoolClient(r -> r.userPoolId(ownPool).clientId(app.clientId())),
                "ResourceNotFoundException", "User pool client " + app.clientId() + " does not exist.");
        assertAwsError(() -> signIn(idp, app.clientId(), "u", "p"), "ResourceNotFoundException",
                "User pool client " + app.clientId() + " does not exist.");
    }

    @Test
    void aClientIsOnlyFoundInItsOwnPool() {
        String otherPool = newPool(idp);
        String clientId = newClient(idp, pool).clientId();

        assertAwsError(() -> idp.describeUserPoolClient(r -> r.userPoolId(otherPool).clientId(clientId)),
                "ResourceNotFoundException", "User pool client " + clientId + " does not exist.");
        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId("us-east-1_missing").clientName("x")),
                "ResourceNotFoundException", "User pool us-east-1_missing does not exist.");
    }

    @Test
    void clientNamesAreRequired() {
        assertAwsError(() -> idp.createUserPoolClient(r -> r.userPoolId(pool)), "InvalidParameterException",
                "1 validation error detected: Value null at 'clientName' failed to satisfy constraint: Member must not be null");
    }
}
