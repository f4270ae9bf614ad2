package org.officeapi.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeApiHandlerTest {

    private final OfficeApiHandler handler = new OfficeApiHandler();

    private static APIGatewayProxyRequestEvent event(String resource, String path) {
        APIGatewayProxyRequestEvent.RequestIdentity identity = new APIGatewayProxyRequestEvent.RequestIdentity()
                .withUserArn("arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials")
                .withCognitoIdentityId("us-east-1:1f3c1d6e-0000-4000-8000-000000000001")
                .withCognitoIdentityPoolId("us-east-1:0a1b2c3d-0000-4000-8000-000000000002")
                .withCognitoAuthenticationType("authenticated")
                .withCognitoAuthenticationProvider("cognito-idp.us-east-1.amazonaws.com/us-east-1_abc,cognito-idp.us-east-1.amazonaws.com/us-east-1_abc:CognitoSignIn:sub-1")
                .withAccessKey("ASIAEXAMPLEKEY000001");
        return new APIGatewayProxyRequestEvent()
                .withResource(resource)
                .withPath(path)
                .withHttpMethod("GET")
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext().withIdentity(identity).withStage("api"));
    }

    @Test
    void userGetsHelloUserAsPlainText() {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event("/user", "/user"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("Hello user");
        assertThat(response.getHeaders()).containsEntry("Content-Type", "text/plain; charset=utf-8");
        assertThat(response.getIsBase64Encoded()).isFalse();
    }

    @Test
    void adminGetsHelloAdmin() {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event("/admin", "/admin"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("Hello admin");
    }

    @Test
    void anyOtherResourceIsAJsonNotFound() {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event("/reports", "/reports"), null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getBody()).isEqualTo("{\"message\":\"Not Found\"}");
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
    }

    @Test
    void theResourceTemplateDecidesNotThePath() {
        assertThat(handler.handleRequest(event("/admin", "/user"), null).getBody()).isEqualTo("Hello admin");
    }

    @Test
    void withoutAResourceThePathDecides() {
        assertThat(handler.handleRequest(event(null, "/user"), null).getBody()).isEqualTo("Hello user");
        assertThat(handler.handleRequest(event("", "/admin"), null).getBody()).isEqualTo("Hello admin");
    }

    @Test
    void everyAnswerEchoesTheCallersIdentityButNotItsAccessKey() {
        APIGatewayProxyResponseEvent response = handler.handleRequest(event("/nowhere", "/nowhere"), null);

        assertThat(response.getHeaders())
                .containsEntry("X-Office-Caller-Arn", "arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials")
                .containsEntry("X-Office-Cognito-Identity-Id", "us-east-1:1f3c1d6e-0000-4000-8000-000000000001")
                .containsEntry("X-Office-Cognito-Identity-Pool-Id", "us-east-1:0a1b2c3d-0000-4000-8000-000000000002")
                .containsEntry("X-Office-Cognito-Authentication-Type", "authenticated")
                .containsKey("X-Office-Cognito-Authentication-Provider");
        assertThat(response.getHeaders().values()).noneMatch(v -> v.contains("ASIAEXAMPLEKEY000001"));
    }

    @Test
    void identityValuesThatAreAbsentAreLeftOut() {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withResource("/user")
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext().withIdentity(
                        new APIGatewayProxyRequestEvent.RequestIdentity().withUserArn("arn:aws:iam::000000000000:user/ops")));

        APIGatewayProxyResponseEvent response = handler.handleRequest(event, null);

        assertThat(response.getHeaders()).containsOnlyKeys("Content-Type", "X-Office-Caller-Arn");
    }

    @Test
    void anEventWithoutContextOrAtAllIsANotFoundWithoutIdentity() {
        assertThat(handler.handleRequest(new APIGatewayProxyRequestEvent(), null).getStatusCode()).isEqualTo(404);
        APIGatewayProxyResponseEvent response = handler.handleRequest(null, null);
        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getHeaders()).containsOnlyKeys("Content-Type");
    }
}
