package org.officeapi.signin;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;

import java.util.Map;

/**
 * Trades a user pool ID token for temporary AWS credentials, as {@code CognitoIdentityCredentials}
 * does in the browser: {@code GetId} then {@code GetCredentialsForIdentity} (both unsigned), with the
 * token under the pool's provider name in {@code Logins}, and optionally a {@code CustomRoleArn}.
 */
public final class IdentityPoolExchange {

    private final CognitoIdentityClient cognitoIdentity;
    private final String identityPoolId;
    private final String providerName;

    /** @param providerName {@code cognito-idp.{region}.amazonaws.com/{userPoolId}} */
    public IdentityPoolExchange(CognitoIdentityClient cognitoIdentity, String identityPoolId, String providerName) {
        this.cognitoIdentity = cognitoIdentity;
        this.identityPoolId = identityPoolId;
        this.providerName = providerName;
    }

    public String identityId(String idToken) {
        return cognitoIdentity.getId(r -> r.identityPoolId(identityPoolId).logins(Map.of(providerName, idToken))).identityId();
    }

    /** @param customRoleArn null to let the pool's role mapping choose */
    public RoleCredentials credentials(String idToken, String customRoleArn) {
        String identityId = identityId(idToken);
        GetCredentialsForIdentityResponse response = cognitoIdentity.getCredentialsForIdentity(r -> r.identityId(identityId)
                .logins(Map.of(providerName, idToken)).customRoleArn(customRoleArn));
        Credentials c = response.credentials();
        return new RoleCredentials(response.identityId(), AwsSessionCredentials.create(c.accessKeyId(), c.secretKey(), c.sessionToken()),
                c.expiration());
    }
}
