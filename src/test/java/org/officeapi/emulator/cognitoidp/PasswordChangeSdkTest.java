package org.officeapi.emulator.cognitoidp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.signin.srp.SrpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

/**
 * A user's own password: ChangePassword with an access token, and ForgotPassword / ConfirmForgotPassword with a
 * code that AWS would have sent and the embedded AWS only shows on its emulator-only endpoint.
 */
class PasswordChangeSdkTest {

    private static final String NEW_PASSWORD = "Battery-Staple-7";

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;
    private static String pool;
    private static String app;
    private static String srpApp;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        idp = client(aws);
        pool = newPool(idp);
        app = passwordClient(idp, pool).clientId();
        srpApp = newClient(idp, pool, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH).clientId();
    }

    @AfterAll
    static void stop() {
        idp.close();
        aws.close();
    }

    @AfterEach
    void clockBack() {
        aws.clock().reset();
    }

    /** A CONFIRMED user with {@link #PASSWORD} and a verified email. */
    private static String userWithVerifiedEmail(String username) {
        idp.adminCreateUser(r -> r.userPoolId(pool).username(username).messageAction(MessageActionType.SUPPRESS)
                .userAttributes(attribute("email", username + "@example.com"), attribute("email_verified", "true")));
        idp.adminSetUserPassword(r -> r.userPoolId(pool).username(username).password(PASSWORD).permanent(true));
        return username;
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    /** USER_SRP_AUTH with the suite's own SRP client: proves the server's verifier, not just a password comparison. */
    private static AuthenticationResultType srpSignIn(String username, String password) {
        SrpClient srp = SrpClient.start(pool, srpApp, null);
        InitiateAuthResponse challenge = idp.initiateAuth(r -> r.clientId(srpApp).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(srp.initiateAuthParameters(username)));
        return idp.respondToAuthChallenge(r -> r.clientId(srpApp).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                .challengeResponses(srp.passwordVerifierResponses(challenge.challengeParameters(), password))).authenticationResult();
    }

    private static HttpResponse<String> resetCodeOf(String username) throws IOException, InterruptedException {
        URI uri = URI.create(aws.endpoint() + "/_emulator/cognito-idp/confirmation-code?userPoolId=" + pool + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&purpose=forgot-password");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String resetCode(String username) throws IOException, InterruptedException {
        HttpResponse<String> answer = resetCodeOf(username);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body().replaceAll(".*\"code\":\"(\\d{6})\".*", "$1");
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    // --- ChangePassword ---------------------------------------------------------------------------

    @Test
    void changePasswordReplacesThePasswordAndItsSrpVerifier() {
        confirmedUser(idp, pool, "rose");
        AuthenticationResultType before = signIn(idp, app, "rose", PASSWORD);

        idp.changePassword(r -> r.accessToken(before.accessToken()).previousPassword(PASSWORD).proposedPassword(NEW_PASSWORD));

        assertAwsError(() -> signIn(idp, app, "rose", PASSWORD), "NotAuthorizedException", "Incorrect username or password.");
        assertThat(signIn(idp, app, "rose", NEW_PASSWORD).accessToken()).isNotBlank();
        assertThat(srpSignIn("rose", NEW_PASSWORD).idToken()).isNotBlank();
        assertAwsError(() -> srpSignIn("rose", PASSWORD), "NotAuthorizedException", "Incorrect username or password.");
        // tokens issued before stay valid, as in AWS
        assertThat(idp.getUser(r -> r.accessToken(before.accessToken())).username()).isEqualTo("rose");
        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("rose")).userStatus()).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void changePasswordNeedsTheCurrentPasswordAndAPasswordThePolicyAccepts() {
        confirmedUser(idp, pool, "john");
        AuthenticationResultType john = signIn(idp, app, "john", PASSWORD);

        assertAwsError(() -> idp.changePassword(r -> r.accessToken(john.accessToken()).previousPassword("Wrong-Horse-9")
                .proposedPassword(NEW_PASSWORD)), "NotAuthorizedException", "Incorrect username or password.");
        assertAwsError(() -> idp.changePassword(r -> r.accessToken(john.accessToken()).previousPassword(PASSWORD)
                .proposedPassword("Sh0rt-x")), "InvalidPasswordException", "Password does not conform to policy: Password not long enough");
        assertAwsError(() -> idp.changePassword(r -> r.accessToken(john.accessToken()).previousPassword(PASSWORD)
                .proposedPassword("no-upper-case-1")), "InvalidPasswordException",
                "Password does not conform to policy: Password must have uppercase characters");
        assertAwsError(() -> idp.changePassword(r -> r.accessToken("garbage").previousPassword(PASSWORD).proposedPassword(NEW_PASSWORD)),
                "NotAuthorizedException", "Invalid Access Token");
        // none of the refusals changed the password
        assertThat(signIn(idp, app, "john", PASSWORD).accessToken()).isNotBlank();

        idp.globalSignOut(r -> r.accessToken(john.accessToken()));

        assertAwsError(() -> idp.changePassword(r -> r.accessToken(john.accessToken()).previousPassword(PASSWORD)
                .proposedPassword(NEW_PASSWORD)), "NotAuthorizedException", "Access Token has been revoked");
    }

    // --- ForgotPassword / ConfirmForgotPassword ---------------------------------------------------

    @Test
    void aForgottenPasswordIsResetWithTheCodeSentToTheVerifiedEmail() throws Exception {
        String sam = userWithVerifiedEmail("sam");

        CodeDeliveryDetailsType delivery = idp.forgotPassword(r -> r.clientId(app).username(sam)).codeDeliveryDetails();

        assertThat(delivery.deliveryMediumAsString()).isEqualTo("EMAIL");
        assertThat(delivery.attributeName()).isEqualTo("email");
        assertThat(delivery.destination()).isEqualTo("s***@e***");
        String code = resetCode(sam);
        assertAwsError(() -> idp.confirmForgotPassword(r -> r.clientId(app).username(sam).confirmationCode(otherThan(code))
                .password(NEW_PASSWORD)), "CodeMismatchException", "Invalid verification code provided, please try again.");
        assertAwsError(() -> idp.confirmForgotPassword(r -> r.clientId(app).username(sam).confirmationCode(code).password("weakpassword")),
                "InvalidPasswordException", "Password does not conform to policy: Password must have uppercase characters");
        assertThat(signIn(idp, app, sam, PASSWORD).accessToken()).isNotBlank();

        idp.confirmForgotPassword(r -> r.clientId(app).username(sam).confirmationCode(code).password(NEW_PASSWORD));

        assertThat(srpSignIn(sam, NEW_PASSWORD).accessToken()).isNotBlank();
        assertAwsError(() -> signIn(idp, app, sam, PASSWORD), "NotAuthorizedException", "Incorrect username or password.");
        // the code is used up
        assertThat(resetCodeOf(sam).statusCode()).isEqualTo(404);
        assertAwsError(() -> idp.confirmForgotPassword(r -> r.clientId(app).username(sam).confirmationCode(code).password(PASSWORD)),
                "CodeMismatchException", "Invalid verification code provided, please try again.");
    }

    @Test
    void aResetCodeExpiresAfterAnHourAndANewOneReplacesIt() throws Exception {
        String kim = userWithVerifiedEmail("kim");
        idp.forgotPassword(r -> r.clientId(app).username(kim));
        String first = resetCode(kim);

        aws.clock().advance(Duration.ofMinutes(61));

        assertAwsError(() -> idp.confirmForgotPassword(r -> r.clientId(app).username(kim).confirmationCode(first).password(NEW_PASSWORD)),
                "ExpiredCodeException", "Invalid code provided, please request a code again.");
        idp.forgotPassword(r -> r.clientId(app).username(kim));
        String second = resetCode(kim);
        idp.confirmForgotPassword(r -> r.clientId(app).username(kim).confirmationCode(second).password(NEW_PASSWORD));
        assertThat(signIn(idp, app, kim, NEW_PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void forgotPasswordIsRefusedWhenThereIsNoOneOrNowhereToSendTheCode() throws Exception {
        assertAwsError(() -> idp.forgotPassword(r -> r.clientId(app).username("nobody")), "UserNotFoundException",
                "Username/client id combination not found.");

        idp.adminCreateUser(r -> r.userPoolId(pool).username("fresh").messageAction(MessageActionType.SUPPRESS)
                .userAttributes(attribute("email", "fresh@example.com"), attribute("email_verified", "true")));
        assertAwsError(() -> idp.forgotPassword(r -> r.clientId(app).username("fresh")), "NotAuthorizedException",
                "User password cannot be reset in the current state.");

        confirmedUser(idp, pool, "unverified");
        idp.adminUpdateUserAttributes(r -> r.userPoolId(pool).username("unverified").userAttributes(attribute("email", "u@example.com")));
        assertAwsError(() -> idp.forgotPassword(r -> r.clientId(app).username("unverified")), "InvalidParameterException",
                "Cannot reset password for the user as there is no registered/verified email or phone_number");

        String off = userWithVerifiedEmail("off");
        idp.adminDisableUser(r -> r.userPoolId(pool).username(off));
        assertAwsError(() -> idp.forgotPassword(r -> r.clientId(app).username(off)), "NotAuthorizedException", "User is disabled.");
        // no refusal left a code behind
        assertThat(resetCodeOf("fresh").statusCode()).isEqualTo(404);
        assertThat(resetCodeOf("unverified").statusCode()).isEqualTo(404);
        assertThat(resetCodeOf(off).statusCode()).isEqualTo(404);
    }

    @Test
    void theCodeGoesWhereTheAccountRecoverySettingSays() {
        String both = "both-" + System.nanoTime();
        idp.adminCreateUser(r -> r.userPoolId(pool).username(both).messageAction(MessageActionType.SUPPRESS).userAttributes(
                attribute("email", "both@example.com"), attribute("email_verified", "true"),
                attribute("phone_number", "+15555550123"), attribute("phone_number_verified", "true")));
        idp.adminSetUserPassword(r -> r.userPoolId(pool).username(both).password(PASSWORD).permanent(true));

        // without a setting, AWS's legacy order: SMS before email
        CodeDeliveryDetailsType legacy = idp.forgotPassword(r -> r.clientId(app).username(both)).codeDeliveryDetails();
        assertThat(legacy.deliveryMediumAsString()).isEqualTo("SMS");
        assertThat(legacy.attributeName()).isEqualTo("phone_number");
        assertThat(legacy.destination()).endsWith("0123");

        String emailFirst = idp.createUserPool(r -> r.poolName("email-first").accountRecoverySetting(s -> s.recoveryMechanisms(
                m -> m.name(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER).priority(2),
                m -> m.name(RecoveryOptionNameType.VERIFIED_EMAIL).priority(1)))).userPool().id();
        String emailApp = passwordClient(idp, emailFirst).clientId();
        idp.adminCreateUser(r -> r.userPoolId(emailFirst).username(both).messageAction(MessageActionType.SUPPRESS).userAttributes(
                attribute("email", "both@example.com"), attribute("email_verified", "true"),
                attribute("phone_number", "+15555550123"), attribute("phone_number_verified", "true")));
        idp.adminSetUserPassword(r -> r.userPoolId(emailFirst).username(both).password(PASSWORD).permanent(true));

        assertThat(idp.forgotPassword(r -> r.clientId(emailApp).username(both)).codeDeliveryDetails().deliveryMediumAsString())
                .isEqualTo("EMAIL");
    }

    @Test
    void theEmulatorEndpointReadsSignUpCodesUnlessAskedForAResetCode() throws Exception {
        String ann = userWithVerifiedEmail("ann");
        idp.forgotPassword(r -> r.clientId(app).username(ann));
        URI base = URI.create(aws.endpoint() + "/_emulator/cognito-idp/confirmation-code?userPoolId=" + pool + "&username=ann");
        HttpClient http = HttpClient.newHttpClient();

        // ann's sign-up needs no code: only the reset code is pending
        assertThat(http.send(HttpRequest.newBuilder(base).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "&purpose=sign-up")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(resetCode(ann)).matches("\\d{6}");
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base + "&purpose=mfa")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("forgot-password");
    }
}
