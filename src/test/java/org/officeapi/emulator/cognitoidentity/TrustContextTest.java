package org.officeapi.emulator.cognitoidentity;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.cognitoidentity.model.CognitoProvider;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrustContextTest {

    private static final String PROVIDER = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Office";

    @Test
    void anAuthenticatedUserPoolIdentityNamesItsProviderAndSignIn() {
        VerifiedLogin rose = new VerifiedLogin(new CognitoProvider(PROVIDER, "clientabc123", false), "sub-rose", Map.of());

        assertThat(TrustContext.authenticatedAmr(List.of(rose))).containsExactly("authenticated", PROVIDER,
                PROVIDER + ":CognitoSignIn:sub-rose");
    }

    @Test
    void aGuestIsUnauthenticated() {
        assertThat(TrustContext.unauthenticatedAmr()).containsExactly("unauthenticated");
    }

    @Test
    void theContextCarriesAudienceAmrAndSubjectUnderCognitosKeys() {
        Map<String, List<String>> context = TrustContext.of("us-east-1:pool", "us-east-1:identity", List.of("unauthenticated"));

        assertThat(context).containsOnly(
                Map.entry("cognito-identity.amazonaws.com:aud", List.of("us-east-1:pool")),
                Map.entry("cognito-identity.amazonaws.com:amr", List.of("unauthenticated")),
                Map.entry("cognito-identity.amazonaws.com:sub", List.of("us-east-1:identity")));
    }
}
