package org.officeapi.emulator.cognitoidp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.cognitoidp.signin.SecretHash;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

/**
 * InitiateAuth, AdminInitiateAuth, RespondToAuthChallenge, AdminRespondToAuthChallenge and GetUser through the
 * real SDK. Calls after the clock has moved are unsigned ones only: SigV4 would (rightly) refuse the skew.
 */
class SignInSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_ROLE = "arn:aws:iam::000000000000:role/CognitoRoleSecureAPIAdmin";
    private static final String USER_ROLE = "arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser";

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
    void poolWithRoseAndJohn() {
        pool = newPool(idp);
        app = passwordClient(idp, pool).clientId();
        idp.createGroup(r -> r.userPoolId(pool).groupName("Admin").precedence(0).roleArn(ADMIN_ROLE));
        idp.createGroup(r -> r.userPoolId(pool).groupName("User").precedence(1).roleArn(USER_ROLE));
        confirmedUser(idp, pool, "rose");
        confirmedUser(idp, pool, "john");
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("Admin").username("rose"));
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("User").username("rose"));
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("User").username("john"));
    }

    @AfterEach
    void clockBack() {
        aws.clock().reset();
    }

    private static JWTClaimsSet claims(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }

    // --- USER_PASSWORD_AUTH ---------------------------------------------------------------------

    @Test
    void roseSignsInAndHerIdTokenPrefersTheAdminRole() throws Exception {
        AuthenticationResultType result = signIn(idp, app, "rose", PASSWORD);

        assertThat(result.tokenType()).isEqualTo("Bearer");
        assertThat(result.expiresIn()).isEqualTo(3600);
        assertThat(result.refreshToken()).isNotBlank().doesNotContain(".");
        JWTClaimsSet id = claims(result.idToken());
        assertThat(id.getIssuer()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + pool);
        assertThat(id.getAudience()).containsExactly(app);
        assertThat(id.getStringClaim("token_use")).isEqualTo("id");
        assertThat(id.getStringClaim("cognito:username")).isEqualTo("rose");
        assertThat(id.getSubject()).isEqualTo(idp.adminGetUser(r -> r.userPoolId(pool).username("rose")).userAttributes().get(0).value());
        assertThat(id.getStringListClaim("cognito:groups")).containsExactly("Admin", "User");
        assertThat(id.getStringListClaim("cognito:roles")).containsExactly(ADMIN_ROLE, USER_ROLE);
        assertThat(id.getStringClaim("cognito:preferred_role")).isEqualTo(ADMIN_ROLE);
        JWTClaimsSet access = claims(result.accessToken());
        assertThat(access.getStringClaim("token_use")).isEqualTo("access");
        assertThat(access.getStringClaim("client_id")).isEqualTo(app);
        assertThat(access.getStringListClaim("cognito:groups")).containsExactly("Admin", "User");
        assertThat(access.getClaims()).doesNotContainKeys("aud", "cognito:roles", "cognito:preferred_role");
    }

    @Test
    void johnPrefersTheUserRoleAndAUserInNoGroupHasNoRole() throws Exception {
        confirmedUser(idp, pool, "nina");

        assertThat(claims(signIn(idp, app, "john", PASSWORD).idToken()).getStringClaim("cognito:preferred_role")).isEqualTo(USER_ROLE);
        assertThat(claims(signIn(idp, app, "nina", PASSWORD).idToken()).getClaims())
                .doesNotContainKeys("cognito:groups", "cognito:roles", "cognito:preferred_role");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertAwsError(() -> signIn(idp, app, "rose", "Wrong-Horse-9"), "NotAuthorizedException", "Incorrect username or password.");
    }

    @Test
    void anUnknownUserIsNamedOnlyWhenTheClientAllowsIt() {
        String discreet = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("discreet")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).userPoolClient().clientId();

        assertAwsError(() -> signIn(idp, app, "ghost", PASSWORD), "UserNotFoundException", "User does not exist.");
        assertAwsError(() -> signIn(idp, discreet, "ghost", PASSWORD), "NotAuthorizedException", "Incorrect username or password.");
    }

    @Test
    void theFlowMustBeEnabledOnTheClient() {
        String srpOnly = newClient(idp, pool).clientId();

        assertAwsError(() -> signIn(idp, srpOnly, "rose", PASSWORD), "InvalidParameterException",
                "USER_PASSWORD_AUTH flow not enabled for this client");
        assertAwsError(() -> idp.adminInitiateAuth(r -> r.userPoolId(pool).clientId(srpOnly).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "rose", "PASSWORD", PASSWORD))), "InvalidParameterException",
                "Auth flow not enabled for this client");
    }

    @Test
    void eachOperationTakesOnlyItsOwnFlows() {
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "rose", "PASSWORD", PASSWORD))), "InvalidParameterException",
                "Initiate Auth method not supported.");
        assertAwsError(() -> idp.adminInitiateAuth(r -> r.userPoolId(pool).clientId(app).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "rose", "PASSWORD", PASSWORD))), "InvalidParameterException",
                "Initiate Auth method not supported.");
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(app).authFlow("MAGIC").authParameters(Map.of())), "InvalidParameterException",
                e -> assertThat(e.awsErrorDetails().errorMessage())
                        .startsWith("1 validation error detected: Value 'MAGIC' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set"));
    }

    @Test
    void missingParametersAreNamed() {
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "rose"))), "InvalidParameterException", "Missing required parameter PASSWORD");
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("PASSWORD", PASSWORD))), "InvalidParameterException", "Missing required parameter USERNAME");
    }

    @Test
    void anUnknownClientIsNotFound() {
        assertAwsError(() -> signIn(idp, "26charactersbutnotaclient1", "rose", PASSWORD), "ResourceNotFoundException",
                "User pool client 26charactersbutnotaclient1 does not exist.");
    }

    @Test
    void srpNeedsItsParameters() {
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(newClient(idp, pool).clientId()).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", "rose"))), "InvalidParameterException", "Missing required parameter SRP_A");
    }

    // --- SECRET_HASH ----------------------------------------------------------------------------

    @Test
    void aClientWithASecretWantsTheRightSecretHash() throws Exception {
        UserPoolClientType server = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("server").generateSecret(true)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
        String id = server.clientId();

        assertAwsError(() -> signIn(idp, id, "rose", PASSWORD), "NotAuthorizedException",
                "Client " + id + " is configured with secret but SECRET_HASH was not received");
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(id).authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of(
                "USERNAME", "rose", "PASSWORD", PASSWORD, "SECRET_HASH", SecretHash.compute(server.clientSecret(), "john", id)))),
                "NotAuthorizedException", "Unable to verify secret hash for client " + id);

        AuthenticationResultType result = idp.initiateAuth(r -> r.clientId(id).authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of(
                "USERNAME", "rose", "PASSWORD", PASSWORD, "SECRET_HASH", SecretHash.compute(server.clientSecret(), "rose", id)))).authenticationResult();
        assertThat(claims(result.idToken()).getAudience()).containsExactly(id);

        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(id).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", result.refreshToken()))), "NotAuthorizedException",
                "Client " + id + " is configured with secret but SECRET_HASH was not received");
        assertThat(idp.initiateAuth(r -> r.clientId(id).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of(
                "REFRESH_TOKEN", result.refreshToken(), "SECRET_HASH", SecretHash.compute(server.clientSecret(), "rose", id))))
                .authenticationResult().idToken()).isNotBlank();
    }

    // --- AdminInitiateAuth ----------------------------------------------------------------------

    @Test
    void adminPasswordSignInWorksUnderBothNames() throws Exception {
        for (AuthFlowType flow : new AuthFlowType[] {AuthFlowType.ADMIN_USER_PASSWORD_AUTH, AuthFlowType.ADMIN_NO_SRP_AUTH}) {
            AdminInitiateAuthResponse response = idp.adminInitiateAuth(r -> r.userPoolId(pool).clientId(app).authFlow(flow)
                    .authParameters(Map.of("USERNAME", "john", "PASSWORD", PASSWORD)));

            assertThat(claims(response.authenticationResult().idToken()).getStringClaim("cognito:preferred_role")).isEqualTo(USER_ROLE);
            assertThat(response.challengeParameters()).isEmpty();
        }
    }

    @Test
    void adminSignInNeedsAClientOfThatPool() {
        String otherPool = newPool(idp);

        assertAwsError(() -> idp.adminInitiateAuth(r -> r.userPoolId(otherPool).clientId(app).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "rose", "PASSWORD", PASSWORD))), "ResourceNotFoundException",
                "User pool client " + app + " does not exist.");
        assertAwsError(() -> idp.adminInitiateAuth(r -> r.userPoolId("us-east-1_missing").clientId(app)
                .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of())), "ResourceNotFoundException",
                "User pool us-east-1_missing does not exist.");
    }

    // --- NEW_PASSWORD_REQUIRED ------------------------------------------------------------------

    private InitiateAuthResponse temporaryUserSignsIn(String username) {
        idp.adminCreateUser(r -> r.userPoolId(pool).username(username).temporaryPassword("Temp-Pass-1")
                .messageAction(MessageActionType.SUPPRESS).userAttributes(a -> a.name("email").value(username + "@example.com")));
        return idp.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", "Temp-Pass-1")));
    }

    @Test
    void aTemporaryPasswordLeadsToTheNewPasswordChallenge() throws Exception {
        InitiateAuthResponse challenge = temporaryUserSignsIn("nina");

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        assertThat(challenge.authenticationResult()).isNull();
        assertThat(challenge.session()).hasSizeGreaterThan(20);
        assertThat(challenge.challengeParameters()).containsOnlyKeys("USER_ID_FOR_SRP", "userAttributes", "requiredAttributes")
                .containsEntry("USER_ID_FOR_SRP", "nina").containsEntry("requiredAttributes", "[]");
        JsonNode attributes = JSON.readTree(challenge.challengeParameters().get("userAttributes"));
        assertThat(attributes.path("email").asText()).isEqualTo("nina@example.com");
        assertThat(attributes.has("sub")).isFalse();

        RespondToAuthChallengeResponse answered = idp.respondToAuthChallenge(r -> r.clientId(app)
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", "nina", "NEW_PASSWORD", "New-Pass-123", "userAttributes.given_name", "Nina")));

        assertThat(claims(answered.authenticationResult().idToken()).getStringClaim("given_name")).isEqualTo("Nina");
        assertThat(answered.authenticationResult().refreshToken()).isNotBlank();
        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("nina")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(signIn(idp, app, "nina", "New-Pass-123").idToken()).isNotBlank();
        assertAwsError(() -> signIn(idp, app, "nina", "Temp-Pass-1"), "NotAuthorizedException", "Incorrect username or password.");
    }

    @Test
    void aRefusedNewPasswordKeepsTheSessionButAUsedSessionIsGone() {
        String session = temporaryUserSignsIn("nina").session();
        Map<String, String> weak = Map.of("USERNAME", "nina", "NEW_PASSWORD", "weak");
        Map<String, String> strong = Map.of("USERNAME", "nina", "NEW_PASSWORD", "New-Pass-123");

        assertAwsError(() -> idp.respondToAuthChallenge(r -> r.clientId(app).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(session).challengeResponses(weak)), "InvalidPasswordException", "Password does not conform to policy: Password not long enough");
        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("nina")).userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);

        idp.respondToAuthChallenge(r -> r.clientId(app).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session).challengeResponses(strong));

        assertAwsError(() -> idp.respondToAuthChallenge(r -> r.clientId(app).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(session).challengeResponses(strong)), "NotAuthorizedException", "Invalid session for the user.");
    }

    @Test
    void aChallengeSessionExpiresAfterTheClientsSessionValidity() {
        String session = temporaryUserSignsIn("nina").session();

        aws.clock().advance(Duration.ofMinutes(4));

        assertAwsError(() -> idp.respondToAuthChallenge(r -> r.clientId(app).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(session).challengeResponses(Map.of("USERNAME", "nina", "NEW_PASSWORD", "New-Pass-123"))),
                "NotAuthorizedException", "Invalid session for the user, session is expired.");
    }

    @Test
    void aSessionIsBoundToItsUserAndClient() {
        String session = temporaryUserSignsIn("nina").session();
        String otherApp = passwordClient(idp, pool).clientId();

        assertAwsError(() -> idp.respondToAuthChallenge(r -> r.clientId(app).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(session).challengeResponses(Map.of("USERNAME", "rose", "NEW_PASSWORD", "New-Pass-123"))),
                "NotAuthorizedException", "Invalid session for the user.");
        assertAwsError(() -> idp.respondToAuthChallenge(r -> r.clientId(otherApp).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(session).challengeResponses(Map.of("USERNAME", "nina", "NEW_PASSWORD", "New-Pass-123"))),
                "NotAuthorizedException", "Invalid session for the user.");
        assertAwsError(() -> idp.respondToAuthChallenge(r -> r.clientId(app).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session("made-up-session-string-0000").challengeResponses(Map.of("USERNAME", "nina", "NEW_PASSWORD", "New-Pass-123"))),
                "NotAuthorizedException", "Invalid session for the user.");
        assertAwsError(() -> idp.respondToAuthChallenge(r -> r.clientId(app).challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                .session(session).challengeResponses(Map.of("USERNAME", "nina"))),
                "InvalidParameterException", "Missing required parameter NEW_PASSWORD");
    }

    @Test
    void theAdminChallengeWorksTheSameWay() throws Exception {
        idp.adminCreateUser(r -> r.userPoolId(pool).username("nina").temporaryPassword("Temp-Pass-1").messageAction(MessageActionType.SUPPRESS));
        AdminInitiateAuthResponse challenge = idp.adminInitiateAuth(r -> r.userPoolId(pool).clientId(app)
                .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "nina", "PASSWORD", "Temp-Pass-1")));

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        AuthenticationResultType result = idp.adminRespondToAuthChallenge(r -> r.userPoolId(pool).clientId(app)
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", challenge.challengeParameters().get("USER_ID_FOR_SRP"), "NEW_PASSWORD", "New-Pass-123")))
                .authenticationResult();
        assertThat(claims(result.idToken()).getStringClaim("cognito:username")).isEqualTo("nina");
    }

    @Test
    void anExpiredTemporaryPasswordMustBeResetByAnAdministrator() {
        idp.adminCreateUser(r -> r.userPoolId(pool).username("nina").temporaryPassword("Temp-Pass-1").messageAction(MessageActionType.SUPPRESS));

        aws.clock().advance(Duration.ofDays(8));

        assertAwsError(() -> signIn(idp, app, "nina", "Temp-Pass-1"), "NotAuthorizedException",
                "Temporary password has expired and must be reset by an administrator.");
    }

    @Test
    void aPasswordVerifierAnswerNeedsItsResponses() {
        assertAwsError(() -> idp.respondToAuthChallenge(r -> r.clientId(app).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                .challengeResponses(Map.of("USERNAME", "rose"))), "InvalidParameterException",
                "Missing required parameter PASSWORD_CLAIM_SECRET_BLOCK");
    }

    // --- refresh --------------------------------------------------------------------------------

    private InitiateAuthResponse refresh(String clientId, String refreshToken, AuthFlowType flow) {
        return idp.initiateAuth(r -> r.clientId(clientId).authFlow(flow).authParameters(Map.of("REFRESH_TOKEN", refreshToken)));
    }

    @Test
    void aRefreshKeepsAuthTimeAndSeesNewGroups() throws Exception {
        AuthenticationResultType first = signIn(idp, app, "john", PASSWORD);
        idp.adminAddUserToGroup(r -> r.userPoolId(pool).groupName("Admin").username("john"));
        aws.clock().advance(Duration.ofMinutes(30));

        AuthenticationResultType refreshed = refresh(app, first.refreshToken(), AuthFlowType.REFRESH_TOKEN_AUTH).authenticationResult();

        assertThat(refreshed.refreshToken()).isNull();
        assertThat(refreshed.expiresIn()).isEqualTo(3600);
        JWTClaimsSet before = claims(first.idToken());
        JWTClaimsSet after = claims(refreshed.idToken());
        assertThat(after.getLongClaim("auth_time")).isEqualTo(before.getLongClaim("auth_time"));
        assertThat(after.getIssueTime()).isAfter(before.getIssueTime());
        assertThat(after.getStringClaim("origin_jti")).isEqualTo(before.getStringClaim("origin_jti"));
        assertThat(after.getJWTID()).isNotEqualTo(before.getJWTID());
        assertThat(after.getStringClaim("cognito:preferred_role")).isEqualTo(ADMIN_ROLE);
        assertThat(refresh(app, first.refreshToken(), AuthFlowType.REFRESH_TOKEN).authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void aRefreshTokenWorksOnlyForItsClientAndOnlyWhileValid() {
        String refreshToken = signIn(idp, app, "rose", PASSWORD).refreshToken();
        String otherApp = passwordClient(idp, pool).clientId();

        assertAwsError(() -> refresh(otherApp, refreshToken, AuthFlowType.REFRESH_TOKEN_AUTH), "NotAuthorizedException", "Invalid Refresh Token");
        assertAwsError(() -> refresh(app, refreshToken + "x", AuthFlowType.REFRESH_TOKEN_AUTH), "NotAuthorizedException", "Invalid Refresh Token");
        assertAwsError(() -> idp.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of())),
                "InvalidParameterException", "Missing required parameter REFRESH_TOKEN");

        aws.clock().advance(Duration.ofDays(31));

        assertAwsError(() -> refresh(app, refreshToken, AuthFlowType.REFRESH_TOKEN_AUTH), "NotAuthorizedException", "Refresh Token has expired");
    }

    @Test
    void aRefreshNeedsTheFlowEnabled() {
        String passwordOnly = newClient(idp, pool, ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH).clientId();
        String refreshToken = signIn(idp, passwordOnly, "rose", PASSWORD).refreshToken();

        assertAwsError(() -> refresh(passwordOnly, refreshToken, AuthFlowType.REFRESH_TOKEN_AUTH), "InvalidParameterException",
                "REFRESH_TOKEN_AUTH flow not enabled for this client");
    }

    @Test
    void signingOutEverywhereRevokesRefreshAndAccessTokens() {
        AuthenticationResultType tokens = signIn(idp, app, "rose", PASSWORD);

        idp.adminUserGlobalSignOut(r -> r.userPoolId(pool).username("rose"));

        assertAwsError(() -> refresh(app, tokens.refreshToken(), AuthFlowType.REFRESH_TOKEN_AUTH), "NotAuthorizedException",
                "Refresh Token has been revoked");
        assertAwsError(() -> idp.getUser(r -> r.accessToken(tokens.accessToken())), "NotAuthorizedException", "Access Token has been revoked");
        assertThat(idp.getUser(r -> r.accessToken(signIn(idp, app, "rose", PASSWORD).accessToken())).username()).isEqualTo("rose");
    }

    // --- GetUser --------------------------------------------------------------------------------

    @Test
    void getUserAnswersWithAValidAccessToken() {
        idp.adminUpdateUserAttributes(r -> r.userPoolId(pool).username("rose").userAttributes(a -> a.name("given_name").value("Rose")));
        String accessToken = signIn(idp, app, "rose", PASSWORD).accessToken();

        GetUserResponse user = idp.getUser(r -> r.accessToken(accessToken));

        assertThat(user.username()).isEqualTo("rose");
        assertThat(user.userAttributes()).extracting(a -> a.name()).containsExactly("sub", "given_name");
    }

    @Test
    void getUserRefusesAnythingButAValidAccessToken() {
        AuthenticationResultType tokens = signIn(idp, app, "rose", PASSWORD);
        String[] parts = tokens.accessToken().split("\\.");
        String otherSignature = signIn(idp, app, "john", PASSWORD).accessToken().split("\\.")[2];

        assertAwsError(() -> idp.getUser(r -> r.accessToken(tokens.idToken())), "NotAuthorizedException", "Invalid Access Token");
        assertAwsError(() -> idp.getUser(r -> r.accessToken("not-a-token")), "NotAuthorizedException", "Invalid Access Token");
        assertAwsError(() -> idp.getUser(r -> r.accessToken(parts[0] + "." + parts[1] + "." + otherSignature)),
                "NotAuthorizedException", "Invalid Access Token");
    }

    @Test
    void getUserRefusesAnExpiredToken() {
        String accessToken = signIn(idp, app, "rose", PASSWORD).accessToken();

        aws.clock().advance(Duration.ofMinutes(61));

        assertAwsError(() -> idp.getUser(r -> r.accessToken(accessToken)), "NotAuthorizedException", "Access Token has expired");
    }

    @Test
    void getUserFollowsTheUsersFate() {
        String roseToken = signIn(idp, app, "rose", PASSWORD).accessToken();
        String johnToken = signIn(idp, app, "john", PASSWORD).accessToken();

        idp.adminDisableUser(r -> r.userPoolId(pool).username("rose"));
        idp.adminDeleteUser(r -> r.userPoolId(pool).username("john"));

        assertAwsError(() -> idp.getUser(r -> r.accessToken(roseToken)), "NotAuthorizedException", "User is disabled.");
        assertAwsError(() -> idp.getUser(r -> r.accessToken(johnToken)), "UserNotFoundException", "User does not exist.");
        idp.adminEnableUser(r -> r.userPoolId(pool).username("rose"));
        // disabling revoked the tokens issued before it
        assertAwsError(() -> idp.getUser(r -> r.accessToken(roseToken)), "NotAuthorizedException", "Access Token has been revoked");
        confirmedUser(idp, pool, "john");
        assertAwsError(() -> idp.getUser(r -> r.accessToken(johnToken)), "NotAuthorizedException", "Access Token has been revoked");
    }

    // --- where unsigned calls act ---------------------------------------------------------------

    @Test
    void anUnsignedCallActsWhereTheClientsPoolLives() throws Exception {
        try (CognitoIdentityProviderClient ireland = clientIn(aws, "eu-west-1")) {
            String euPool = ireland.createUserPool(r -> r.poolName("eu")).userPool().id();
            String euApp = passwordClient(ireland, euPool).clientId();
            confirmedUser(ireland, euPool, "rose");

            Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", "rose", "PASSWORD", PASSWORD));
            // signed for us-east-1, but InitiateAuth is unsigned: the client id alone finds the pool in eu-west-1
            AuthenticationResultType result = idp.initiateAuth(r -> r.clientId(euApp).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(parameters)).authenticationResult();

            assertThat(claims(result.idToken()).getIssuer()).isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/" + euPool);
            assertThat(idp.getUser(r -> r.accessToken(result.accessToken())).username()).isEqualTo("rose");
        }
    }
}
