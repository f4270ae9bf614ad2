package org.officeapi.emulator.cognitoidp;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

/** {@code EmbeddedAws.reset()} forgets every user pool, client and key, as a fresh start would. */
class ResetSdkTest {

    @Test
    void aResetForgetsPoolsClientsAndKeys() throws Exception {
        try (EmbeddedAws aws = EmbeddedAws.start(); CognitoIdentityProviderClient idp = client(aws)) {
            String pool = newPool(idp);
            String app = passwordClient(idp, pool).clientId();
            confirmedUser(idp, pool, "rose");
            signIn(idp, app, "rose", PASSWORD);

            aws.reset();

            assertAwsError(() -> idp.describeUserPool(r -> r.userPoolId(pool)), "ResourceNotFoundException",
                    "User pool " + pool + " does not exist.");
            assertAwsError(() -> signIn(idp, app, "rose", PASSWORD), "ResourceNotFoundException",
                    "User pool client " + app + " does not exist.");
            HttpResponse<String> jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(aws.endpoint() + "/" + pool + "/.well-known/jwks.json")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(jwks.statusCode()).isEqualTo(404);
            assertThat(idp.listUserPools(r -> r.maxResults(60)).userPools()).isEmpty();
        }
    }
}
