package org.officeapi.emulator.cognitoidp;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Caller;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminSetUserPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;

import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The UserPoolKeys port, as the identity pools will use it: keys by the exact issuer URL a token carries. */
class CognitoUserPoolKeysTest {

    private final CognitoIdp cognito = new CognitoIdp(java.time.Clock.systemUTC());

    private static CallContext in(String region) {
        return new CallContext("request", "123456789012", region, Caller.root("123456789012", "AKIDEXAMPLE"), "127.0.0.1", "test", Instant.now());
    }

    private String createPool(String region) {
        return cognito.pools().createUserPool(CreateUserPoolRequest.builder().poolName("p").build(), in(region)).userPool().id();
    }

    @Test
    void theKeysOfAnIssuerVerifyItsTokens() throws Exception {
        String pool = createPool("eu-west-1");
        String client = cognito.clients().createUserPoolClient(CreateUserPoolClientRequest.builder().userPoolId(pool).clientName("c")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH).build(), in("eu-west-1")).userPoolClient().clientId();
        cognito.users().adminCreateUser(AdminCreateUserRequest.builder().userPoolId(pool).username("rose").build(), in("eu-west-1"));
        cognito.users().adminSetUserPassword(AdminSetUserPasswordRequest.builder().userPoolId(pool).username("rose")
                .password("Correct-Horse-9").permanent(true).build(), in("eu-west-1"));
        // unsigned: acts where the client's pool lives, whatever the default region of the call
        AuthenticationResultType tokens = cognito.signIn().initiateAuth(InitiateAuthRequest.builder().clientId(client)
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "rose", "PASSWORD", "Correct-Horse-9")).build(),
                in("us-east-1")).authenticationResult();

        SignedJWT idToken = SignedJWT.parse(tokens.idToken());
        Map<String, RSAPublicKey> keys = cognito.keys().publicKeys(idToken.getJWTClaimsSet().getIssuer()).orElseThrow();

        assertThat(idToken.getJWTClaimsSet().getIssuer()).isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/" + pool);
        assertThat(keys).hasSize(2);
        assertThat(idToken.verify(new RSASSAVerifier(keys.get(idToken.getHeader().getKeyID())))).isTrue();
        SignedJWT accessToken = SignedJWT.parse(tokens.accessToken());
        assertThat(accessToken.verify(new RSASSAVerifier(keys.get(accessToken.getHeader().getKeyID())))).isTrue();
    }

    @Test
    void onlyTheExactIssuerOfAnExistingPoolHasKeys() {
        String pool = createPool("us-east-1");

        assertThat(cognito.keys().publicKeys("https://cognito-idp.us-east-1.amazonaws.com/" + pool)).isPresent();
        assertThat(cognito.keys().publicKeys("https://cognito-idp.eu-west-1.amazonaws.com/" + pool)).isEmpty();
        assertThat(cognito.keys().publicKeys("http://cognito-idp.us-east-1.amazonaws.com/" + pool)).isEmpty();
        assertThat(cognito.keys().publicKeys("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_unknown")).isEmpty();
        assertThat(cognito.keys().publicKeys(null)).isEmpty();

        cognito.pools().deleteUserPool(DeleteUserPoolRequest.builder().userPoolId(pool).build(), in("us-east-1"));

        assertThat(cognito.keys().publicKeys("https://cognito-idp.us-east-1.amazonaws.com/" + pool)).isEmpty();
    }

    @Test
    void aResetForgetsEveryPool() {
        String pool = createPool("us-east-1");

        cognito.reset();

        assertThat(cognito.keys().publicKeys("https://cognito-idp.us-east-1.amazonaws.com/" + pool)).isEmpty();
    }
}
