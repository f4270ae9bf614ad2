package org.officeapi.emulator.cognitoidp;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

class SignInSdkTest {

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

    @Test
    void aConfirmedUserSignsInWithAPassword() throws Exception {
        String pool = newPool(idp);
        UserPoolClientType app = passwordClient(idp, pool);
        confirmedUser(idp, pool, "rose");

        AuthenticationResultType result = signIn(idp, app.clientId(), "rose", PASSWORD);

        assertThat(result.tokenType()).isEqualTo("Bearer");
        assertThat(result.expiresIn()).isEqualTo(3600);
        assertThat(result.refreshToken()).isNotBlank();
        SignedJWT id = SignedJWT.parse(result.idToken());
        assertThat(id.getJWTClaimsSet().getStringClaim("cognito:username")).isEqualTo("rose");
    }
}
