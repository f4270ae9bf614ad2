package org.officeapi.emulator.cognitoidp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

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

/** SignUp and ConfirmSignUp (unsigned: they name only the app client). */
class SignUpSdkTest {

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;

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

    @AfterEach
    void clockBack() {
        aws.clock().reset();
    }

    /** The code AWS would have emailed, from the emulator-only endpoint. */
    private static HttpResponse<String> codeOf(String pool, String username) throws IOException, InterruptedException {
        URI uri = URI.create(aws.endpoint() + "/_emulator/cognito-idp/confirmation-code?userPoolId=" + pool + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String code(String pool, String username) throws IOException, InterruptedException {
        String body = codeOf(pool, username).body();
        return body.replaceAll(".*\"code\":\"(\\d{6})\".*", "$1");
    }

    @Test
    void aSignedUpUserIsUnconfirmedUntilTheCodeComesBack() throws Exception {
        String pool = idp.createUserPool(r -> r.poolName("self-service").autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
        String app = passwordClient(idp, pool).clientId();

        SignUpResponse signedUp = idp.signUp(r -> r.clientId(app).username("sam").password(PASSWORD)
                .userAttributes(AttributeType.builder().name("email").value("sam@example.com").build()));

        assertThat(signedUp.userConfirmed()).isFalse();
        assertThat(signedUp.userSub()).matches("[0-9a-f-]{36}");
        assertThat(signedUp.codeDeliveryDetails().deliveryMediumAsString()).isEqualTo("EMAIL");
        assertThat(signedUp.codeDeliveryDetails().attributeName()).isEqualTo("email");
        assertThat(signedUp.codeDeliveryDetails().destination()).startsWith("s***@e");
        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("sam")).userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
        assertAwsError(() -> signIn(idp, app, "sam", PASSWORD), "UserNotConfirmedException", "User is not confirmed.");
        assertAwsError(() -> signIn(idp, app, "sam", "wrong-Password-1"), "UserNotConfirmedException", "User is not confirmed.");

        String code = code(pool, "sam");
        assertAwsError(() -> idp.confirmSignUp(r -> r.clientId(app).username("sam").confirmationCode(code.equals("000000") ? "111111" : "000000")),
                "CodeMismatchException", "Invalid verification code provided, please try again.");
        idp.confirmSignUp(r -> r.clientId(app).username("sam").confirmationCode(code));

        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("sam")).userAttributes())
                .contains(AttributeType.builder().name("email_verified").value("true").build());
        assertThat(signIn(idp, app, "sam", PASSWORD).idToken()).isNotBlank();
        assertThat(codeOf(pool, "sam").statusCode()).isEqualTo(404);
        assertAwsError(() -> idp.confirmSignUp(r -> r.clientId(app).username("sam").confirmationCode(code)),
                "NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED");
    }

    @Test
    void withoutAutoVerificationNoDeliveryIsReported() {
        String pool = newPool(idp);
        String app = passwordClient(idp, pool).clientId();

        SignUpResponse signedUp = idp.signUp(r -> r.clientId(app).username("sam").password(PASSWORD));

        assertThat(signedUp.codeDeliveryDetails()).isNull();
    }

    @Test
    void aCodeExpiresAfterADay() throws Exception {
        String pool = newPool(idp);
        String app = passwordClient(idp, pool).clientId();
        idp.signUp(r -> r.clientId(app).username("sam").password(PASSWORD));
        String code = code(pool, "sam");

        aws.clock().advance(Duration.ofHours(25));

        assertAwsError(() -> idp.confirmSignUp(r -> r.clientId(app).username("sam").confirmationCode(code)),
                "ExpiredCodeException", "Invalid code provided, please request a code again.");
    }

    @Test
    void signUpHoldsThePasswordToThePolicyAndUsernamesToUniqueness() {
        String pool = newPool(idp);
        String app = passwordClient(idp, pool).clientId();

        assertAwsError(() -> idp.signUp(r -> r.clientId(app).username("sam").password("short")), "InvalidPasswordException",
                "Password did not conform with policy: Password not long enough");
        assertAwsError(() -> idp.signUp(r -> r.clientId(app).username("sam").password("nouppercase1!")), "InvalidPasswordException",
                "Password did not conform with policy: Password must have uppercase characters");
        idp.signUp(r -> r.clientId(app).username("sam").password(PASSWORD));
        assertAwsError(() -> idp.signUp(r -> r.clientId(app).username("sam").password(PASSWORD)), "UsernameExistsException",
                "User already exists");
    }

    @Test
    void unknownClientsAndUsersAreReportedAsAwsReportsThem() {
        String pool = newPool(idp);
        String app = passwordClient(idp, pool).clientId();

        assertAwsError(() -> idp.signUp(r -> r.clientId("nosuchclient0000000000000").username("sam").password(PASSWORD)),
                "ResourceNotFoundException", "User pool client nosuchclient0000000000000 does not exist.");
        assertAwsError(() -> idp.confirmSignUp(r -> r.clientId(app).username("ghost").confirmationCode("123456")),
                "UserNotFoundException", "Username/client id combination not found.");
    }

    @Test
    void aClientWithASecretNeedsTheSecretHash() {
        String pool = newPool(idp);
        var app = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("server").generateSecret(true)).userPoolClient();

        assertAwsError(() -> idp.signUp(r -> r.clientId(app.clientId()).username("sam").password(PASSWORD)), "NotAuthorizedException",
                "Client " + app.clientId() + " is configured with secret but SECRET_HASH was not received");
        idp.signUp(r -> r.clientId(app.clientId()).username("sam").password(PASSWORD)
                .secretHash(org.officeapi.emulator.cognitoidp.signin.SecretHash.compute(app.clientSecret(), "sam", app.clientId())));
        assertThat(idp.adminGetUser(r -> r.userPoolId(pool).username("sam")).userStatus()).isEqualTo(UserStatusType.UNCONFIRMED);
    }

    @Test
    void poolsForAdminsOnlyRefuseSignUp() {
        String pool = idp.createUserPool(r -> r.poolName("closed").adminCreateUserConfig(c -> c.allowAdminCreateUserOnly(true))).userPool().id();
        String app = passwordClient(idp, pool).clientId();

        assertAwsError(() -> idp.signUp(r -> r.clientId(app).username("sam").password(PASSWORD)), "NotAuthorizedException",
                "SignUp is not permitted for this user pool");
    }
}
