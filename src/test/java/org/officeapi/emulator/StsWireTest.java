package org.officeapi.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** STS's unsigned AssumeRoleWithWebIdentity on the wire: the awsQuery success and error shapes. */
class StsWireTest {

    private WiredAws aws;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        aws = new WiredAws(Duration.ZERO);
        try (IamClient iam = aws.rootClient(IamClient.builder())) {
            iam.createRole(r -> r.roleName("CognitoRoleSecureApiUser").assumeRolePolicyDocument(WebIdentitySessionsSdkTest.TRUST));
        }
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private HttpResponse<String> assume(String token) throws Exception {
        String form = "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleSessionName=web"
                + "&RoleArn=" + URLEncoder.encode("arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser", StandardCharsets.UTF_8)
                + "&WebIdentityToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnsignedAssumeRoleWithWebIdentityAnswersWithCredentials() throws Exception {
        HttpResponse<String> response = assume(aws.identityPoolToken(WebIdentitySessionsSdkTest.POOL,
                WebIdentitySessionsSdkTest.IDENTITY, WebIdentitySessionsSdkTest.AUTHENTICATED));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("<AssumeRoleWithWebIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIA[A-Z2-7]{16}</AccessKeyId>"
                + "<SecretAccessKey>[A-Za-z0-9+/]{40}</SecretAccessKey><SessionToken>[A-Za-z0-9+/=]+</SessionToken>"
                + "<Expiration>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</Expiration></Credentials>"
                + "<SubjectFromWebIdentityToken>us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee</SubjectFromWebIdentityToken>"
                + "<AssumedRoleUser><AssumedRoleId>AROA[A-Z2-7]{17}:web</AssumedRoleId>"
                + "<Arn>arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/web</Arn></AssumedRoleUser>"
                + "<Provider>https://cognito-identity.amazonaws.com</Provider>"
                + "<Audience>us-east-1:11111111-2222-3333-4444-555555555555</Audience></AssumeRoleWithWebIdentityResult>"
                + "<ResponseMetadata><RequestId>[0-9a-f-]{36}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>");
    }

    @Test
    void aRefusalIsAnAccessDeniedErrorResponse() throws Exception {
        HttpResponse<String> response = assume(aws.identityPoolToken(WebIdentitySessionsSdkTest.POOL,
                WebIdentitySessionsSdkTest.IDENTITY, java.util.List.of("unauthenticated")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).matches("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
                + "<Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error>"
                + "<RequestId>[0-9a-f-]{36}</RequestId></ErrorResponse>");
    }
}
