package org.officeapi.emulator.cognitoidp;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.signin.srp.SrpClient;
import org.officeapi.srp.SrpGroup;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.PASSWORD;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.assertAwsError;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.client;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.confirmedUser;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.newPool;

/**
 * USER_SRP_AUTH through the real SDK, with the suite's SRP client (itself checked against vectors made
 * by amazon-cognito-identity-js): the PASSWORD_VERIFIER challenge, the claim, and every way AWS refuses.
 */
class SrpSignInSdkTest {

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;
    private String pool;
    private String app;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        idp = client(aws);
    }

    @AfterAll
    static void stop() {
        idp.close();
        aws.close();
    }

    @BeforeEach
    void poolWithRose() {
        pool = newPool(idp);
        app = srpClient(PreventUserExistenceErrorTypes.ENABLED, false).clientId();
        confirmedUser(idp, pool, "rose");
    }

    private UserPoolClientType srpClient(PreventUserExistenceErrorTypes existence, boolean secret) {
        return idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("web").generateSecret(secret)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .preventUserExistenceErrors(existence)).userPoolClient();
    }

    private InitiateAuthResponse initiate(SrpClient srp, String clientId, String username) {
        return idp.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(srp.initiateAuthParameters(username)));
    }

    private RespondToAuthChallengeResponse answer(String clientId, Map<String, String> responses) {
        return idp.respondToAuthChallenge(r -> r.clientId(clientId).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                .challengeResponses(responses));
    }

    @Test
    void theRightPasswordGivesTokensWithoutEverSendingIt() throws Exception {
        SrpClient srp = SrpClient.start(pool, app, null);
        InitiateAuthResponse challenge = initiate(srp, app, "rose");

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        assertThat(challenge.challengeParameters()).containsKeys("SALT", "SRP_B", "SECRET_BLOCK", "USERNAME", "USER_ID_FOR_SRP");
        assertThat(challenge.challengeParameters().get("USER_ID_FOR_SRP")).isEqualTo("rose");
        assertThat(challenge.session()).isNull();

        RespondToAuthChallengeResponse tokens = answer(app, srp.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD));

        assertThat(SignedJWT.parse(tokens.authenticationResult().idToken()).getJWTClaimsSet().getStringClaim("cognito:username"))
                .isEqualTo("rose");
        assertThat(tokens.authenticationResult().refreshToken()).isNotBlank();
    }

    @Test
    void aWrongPasswordIsTheWrongPasswordAnswer() {
        SrpClient srp = SrpClient.start(pool, app, null);
        InitiateAuthResponse challenge = initiate(srp, app, "rose");

        assertAwsError(() -> answer(app, srp.passwordVerifierResponses(challenge.challengeParameters(), "Wrong-Pass-1")),
                "NotAuthorizedException", "Incorrect username or password.");
    }

    @Test
    void aSecretBlockAnswersOnceOnly() {
        SrpClient srp = SrpClient.start(pool, app, null);
        Map<String, String> responses = srp.passwordVerifierResponses(initiate(srp, app, "rose").challengeParameters(), PASSWORD);
        answer(app, responses);

        assertAwsError(() -> answer(app, responses), "NotAuthorizedException", "Incorrect username or password.");
    }

    @Test
    void garbageNeverReachesTheUserAndChangesNothing() {
        SrpClient srp = SrpClient.start(pool, app, null);
        Map<String, String> good = srp.passwordVerifierResponses(initiate(srp, app, "rose").challengeParameters(), PASSWORD);

        Map<String, String> garbledBlock = new HashMap<>(good);
        garbledBlock.put("PASSWORD_CLAIM_SECRET_BLOCK", "bm90IGEgc2VjcmV0IGJsb2Nr");
        assertAwsError(() -> answer(app, garbledBlock), "NotAuthorizedException", "Incorrect username or password.");

        String nonHex = "zz" + srp.srpA().substring(2);
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", "rose", "SRP_A", nonHex))), "InvalidParameterException", "SRP_A is invalid.");
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", "rose", "SRP_A", SrpGroup.N.toString(16)))), "InvalidParameterException", "SRP_A is invalid.");
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", "rose", "SRP_A", "00"))), "InvalidParameterException", "SRP_A is invalid.");

        SrpClient again = SrpClient.start(pool, app, null);
        Map<String, String> fresh = again.passwordVerifierResponses(initiate(again, app, "rose").challengeParameters(), PASSWORD);
        Map<String, String> badTimestamp = new HashMap<>(fresh);
        badTimestamp.put("TIMESTAMP", "yesterday at noon");
        assertAwsError(() -> answer(app, badTimestamp), "InvalidParameterException",
                "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");

        SrpClient third = SrpClient.start(pool, app, null);
        Map<String, String> shortSignature = new HashMap<>(third.passwordVerifierResponses(initiate(third, app, "rose").challengeParameters(), PASSWORD));
        shortSignature.put("PASSWORD_CLAIM_SIGNATURE", "c2hvcnQ=");
        assertAwsError(() -> answer(app, shortSignature), "NotAuthorizedException", "Incorrect username or password.");

        SrpClient last = SrpClient.start(pool, app, null);
        RespondToAuthChallengeResponse stillWorks = answer(app, last.passwordVerifierResponses(initiate(last, app, "rose").challengeParameters(), PASSWORD));
        assertThat(stillWorks.authenticationResult().idToken()).isNotBlank();
    }

    @Test
    void anUnknownUserGetsAChallengeAndThenTheWrongPasswordAnswer() {
        SrpClient srp = SrpClient.start(pool, app, null);
        InitiateAuthResponse challenge = initiate(srp, app, "nobody");

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        assertAwsError(() -> answer(app, srp.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD)),
                "NotAuthorizedException", "Incorrect username or password.");
    }

    @Test
    void aLegacyClientSaysTheUserDoesNotExist() {
        String legacy = srpClient(PreventUserExistenceErrorTypes.LEGACY, false).clientId();
        SrpClient srp = SrpClient.start(pool, legacy, null);

        assertAwsError(() -> initiate(srp, legacy, "nobody"), "UserNotFoundException", "User does not exist.");
    }

    @Test
    void aDisabledUserProvesThePasswordAndIsStillRefused() {
        idp.adminDisableUser(r -> r.userPoolId(pool).username("rose"));
        SrpClient srp = SrpClient.start(pool, app, null);
        InitiateAuthResponse challenge = initiate(srp, app, "rose");

        assertAwsError(() -> answer(app, srp.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD)),
                "NotAuthorizedException", "User is disabled.");
    }

    @Test
    void aTemporaryPasswordLeadsToNewPasswordRequiredAfterSrp() {
        idp.adminCreateUser(r -> r.userPoolId(pool).username("tess").temporaryPassword("Temp-Pass-1").messageAction(MessageActionType.SUPPRESS));
        SrpClient srp = SrpClient.start(pool, app, null);
        RespondToAuthChallengeResponse next = answer(app, srp.passwordVerifierResponses(initiate(srp, app, "tess").challengeParameters(),
                "Temp-Pass-1"));

        assertThat(next.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        RespondToAuthChallengeResponse tokens = idp.respondToAuthChallenge(r -> r.clientId(app).session(next.session())
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .challengeResponses(Map.of("USERNAME", "tess", "NEW_PASSWORD", "Brand-New-Pass-2")));
        assertThat(tokens.authenticationResult().idToken()).isNotBlank();

        SrpClient withNewPassword = SrpClient.start(pool, app, null);
        assertThat(answer(app, withNewPassword.passwordVerifierResponses(initiate(withNewPassword, app, "tess").challengeParameters(),
                "Brand-New-Pass-2")).authenticationResult()).isNotNull();
    }

    @Test
    void adminSrpSignInWorksThroughTheAdminCalls() {
        String adminApp = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("admin")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient().clientId();
        SrpClient srp = SrpClient.start(pool, adminApp, null);
        AdminInitiateAuthResponse challenge = idp.adminInitiateAuth(r -> r.userPoolId(pool).clientId(adminApp)
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(srp.initiateAuthParameters("rose")));
        AdminRespondToAuthChallengeResponse tokens = idp.adminRespondToAuthChallenge(r -> r.userPoolId(pool).clientId(adminApp)
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                .challengeResponses(srp.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD)));

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void aClientWithASecretWantsTheSecretHashAtBothSteps() {
        UserPoolClientType withSecret = srpClient(PreventUserExistenceErrorTypes.ENABLED, true);
        SrpClient srp = SrpClient.start(pool, withSecret.clientId(), withSecret.clientSecret());
        InitiateAuthResponse challenge = initiate(srp, withSecret.clientId(), "rose");
        Map<String, String> responses = srp.passwordVerifierResponses(challenge.challengeParameters(), PASSWORD);
        assertThat(responses).containsKey("SECRET_HASH");

        Map<String, String> withoutHash = new HashMap<>(responses);
        withoutHash.remove("SECRET_HASH");
        assertAwsError(() -> answer(withSecret.clientId(), withoutHash), "NotAuthorizedException",
                "Client " + withSecret.clientId() + " is configured with secret but SECRET_HASH was not received");

        SrpClient fresh = SrpClient.start(pool, withSecret.clientId(), withSecret.clientSecret());
        assertThat(answer(withSecret.clientId(), fresh.passwordVerifierResponses(initiate(fresh, withSecret.clientId(), "rose")
                .challengeParameters(), PASSWORD)).authenticationResult()).isNotNull();
    }
}
