package org.officeapi.emulator.protocol;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS on the wire for the awsJson1_1 services, with a plain HTTP client doing what a browser does: the preflight
 * a browser sends before calling cognito-idp or cognito-identity, and the headers that let it read the answers.
 */
class AwsJsonCorsWireTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ORIGIN = "https://office.example";
    private static final String EXPOSED = "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date";

    private static EmbeddedAws aws;
    private static String accessToken;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        try (CognitoIdentityProviderClient idp = SdkClients.client(CognitoIdentityProviderClient.builder(), aws)) {
            String pool = idp.createUserPool(r -> r.poolName("web")).userPool().id();
            String app = idp.createUserPoolClient(r -> r.userPoolId(pool).clientName("browser")
                    .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)).userPoolClient().clientId();
            idp.adminCreateUser(r -> r.userPoolId(pool).username("rose").messageAction(MessageActionType.SUPPRESS));
            idp.adminSetUserPassword(r -> r.userPoolId(pool).username("rose").password("Correct-Horse-9").permanent(true));
            accessToken = idp.initiateAuth(r -> r.clientId(app).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", "rose", "PASSWORD", "Correct-Horse-9"))).authenticationResult().accessToken();
        }
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static HttpResponse<String> preflight(String path, String requestedHeaders) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", requestedHeaders)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String target, String body, boolean fromBrowser) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", target);
        if (fromBrowser) {
            request.header("Origin", ORIGIN);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBrowsersPreflightIsAllowedFromAnyOriginForTheHeadersItAsksFor() throws Exception {
        // what amazon-cognito-identity-js's fetch makes a browser ask
        HttpResponse<String> answer = preflight("/", "content-type,x-amz-target,x-amz-user-agent");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type,x-amz-target,x-amz-user-agent");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
        assertThat(answer.headers().firstValue("Access-Control-Expose-Headers")).hasValue(EXPOSED);
        assertThat(answer.headers().firstValue("Access-Control-Max-Age")).hasValue("172800");
        assertThat(answer.headers().firstValue("x-amzn-RequestId")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(answer.headers().firstValue("Content-Type")).isEmpty();
    }

    @Test
    void theSdkForJavaScriptV3sLongerHeaderListIsEchoedToo() throws Exception {
        String asked = "Content-Type,X-Amz-Target,user-agent,content-length,host,Authorization,amz-sdk-invocation-id,amz-sdk-request,"
                + "x-amz-security-token";

        HttpResponse<String> answer = preflight("/", asked);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Headers")).hasValue(asked);
    }

    @Test
    void answersToABrowserCarryTheCorsHeadersSuccessAndErrorAlike() throws Exception {
        HttpResponse<String> user = post("AWSCognitoIdentityProviderService.GetUser", "{\"AccessToken\":\"" + accessToken + "\"}", true);
        HttpResponse<String> refused = post("AWSCognitoIdentityProviderService.GetUser", "{\"AccessToken\":\"garbage\"}", true);
        HttpResponse<String> identity = post("AWSCognitoIdentityService.GetId",
                "{\"IdentityPoolId\":\"" + aws.region() + ":00000000-0000-0000-0000-000000000000\"}", true);

        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("NotAuthorizedException:");
        assertThat(identity.statusCode()).isEqualTo(400);
        for (HttpResponse<String> answer : java.util.List.of(user, refused, identity)) {
            assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(answer.headers().firstValue("Access-Control-Expose-Headers")).hasValue(EXPOSED);
        }
    }

    @Test
    void answersToClientsThatAreNotBrowsersKeepTheirShape() throws Exception {
        HttpResponse<String> user = post("AWSCognitoIdentityProviderService.GetUser", "{\"AccessToken\":\"" + accessToken + "\"}", false);

        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(user.headers().firstValue("Access-Control-Expose-Headers")).isEmpty();
    }

    @Test
    void onlyPreflightsForAJsonServiceAreAnsweredAsOne() throws Exception {
        // no X-Amz-Target asked for: not a call to cognito-idp or cognito-identity
        HttpResponse<String> other = preflight("/", "content-type,authorization,x-amz-date");
        // execute-api answers CORS only as the API itself is configured to, which the embedded API Gateway leaves alone
        HttpResponse<String> api = preflight("/_aws/execute-api/abcdef1234/api/user", "content-type,x-amz-target");

        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(other.statusCode()).isNotEqualTo(200);
        assertThat(api.statusCode()).isNotEqualTo(200);
    }
}
