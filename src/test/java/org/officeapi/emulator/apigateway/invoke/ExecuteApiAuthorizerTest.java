package org.officeapi.emulator.apigateway.invoke;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.ports.AccessDecision;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Step 3: every row of the AWS_IAM failure matrix (reference §4.2), and the NONE method that checks nothing. */
class ExecuteApiAuthorizerTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final String URL = "http://127.0.0.1:4566/_aws/execute-api/abc123/api/user";
    static final String ARN = "arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/user";
    static final MethodRecord IAM = new MethodRecord("GET", "AWS_IAM", false, null, null);
    static final MethodRecord NONE = new MethodRecord("GET", "NONE", false, null, null);

    private final AwsClock clock = new AwsClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final FakeAccessDecisions iam = new FakeAccessDecisions();
    private final ExecuteApiAuthorizer authorizer = new ExecuteApiAuthorizer(
            new SigV4Verifier(TestCredentials.resolver(NOW.plus(Duration.ofHours(1))), clock), iam);

    @Test
    void aNoneMethodChecksNeitherSignatureNorPolicy() {
        HttpRequest bearer = unsigned(Map.of("Authorization", List.of("Bearer not-a-signature")));

        assertThat(authorizer.authorize(bearer, NONE, "us-east-1", ARN)).isNull();
        assertThat(iam.asked).isEmpty();
    }

    @Test
    void row1NoSignatureIsAMissingToken() {
        assertRefused(unsigned(Map.of()), 403, "MissingAuthenticationTokenException", "Missing Authentication Token");
    }

    @Test
    void row3ABearerTokenIsAnIncompleteSignature() {
        assertRefused(unsigned(Map.of("Authorization", List.of("Bearer eyJraWQiOiJrMSJ9.e30.c2ln"))), 403,
                "IncompleteSignatureException", "'eyJraWQiOiJrMSJ9.e30.c2ln' not a valid key=value pair (missing equal-sign)"
                        + " in Authorization header: 'Bearer eyJraWQiOiJrMSJ9.e30.c2ln'.");
    }

    @Test
    void row3ALoneTokenNamesEverythingMissing() {
        assertRefused(unsigned(Map.of("Authorization", List.of("eyJraWQiOiJrMSJ9"))), 403, "IncompleteSignatureException",
                "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter."
                        + " Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of"
                        + " either a 'X-Amz-Date' or a 'Date' header. Authorization=eyJraWQiOiJrMSJ9");
    }

    @Test
    void row3bAMalformedSigV4Header() {
        String header = "AWS4-HMAC-SHA256 Credential=" + TestCredentials.ROOT_KEY + "/20261127/us-east-1/execute-api/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature";
        assertRefused(unsigned(Map.of("Authorization", List.of(header), "X-Amz-Date", List.of("20261127T100000Z"))), 403,
                "IncompleteSignatureException", "'Signature' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                        + header + "'.");
    }

    @Test
    void row4AnUnknownKeyIsAnInvalidToken() {
        assertRefused(signed(AwsCredentialsIdentity.create("AKIAUNKNOWNEXAMPLE01", "x"), "us-east-1", NOW), 403,
                "AccessDeniedException", "The security token included in the request is invalid.");
    }

    @Test
    void row4ASessionKeyWithoutItsTokenIsAnInvalidToken() {
        assertRefused(signed(AwsCredentialsIdentity.create(TestCredentials.SESSION_KEY, TestCredentials.SESSION_SECRET), "us-east-1", NOW),
                403, "AccessDeniedException", "The security token included in the request is invalid.");
        assertRefused(signed(software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity.create(TestCredentials.SESSION_KEY,
                TestCredentials.SESSION_SECRET, "another-token"), "us-east-1", NOW), 403, "AccessDeniedException",
                "The security token included in the request is invalid.");
    }

    @Test
    void row5AWrongSecretShowsTheCanonicalRequestOfTheUrlActuallyCalled() {
        GatewayResponse refused = refusal(signed(AwsCredentialsIdentity.create(TestCredentials.ROOT_KEY, "wrong"), "us-east-1", NOW));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorType()).isEqualTo("InvalidSignatureException");
        assertThat(refused.message()).startsWith("The request signature we calculated does not match the signature you provided."
                + " Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
                + "\n\nThe Canonical String for this request should have been\n'GET\n/_aws/execute-api/abc123/api/user\n\nhost:127.0.0.1:4566\n");
        assertThat(refused.message()).contains("\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20261127T100000Z\n"
                + "20261127/us-east-1/execute-api/aws4_request\n");
    }

    @Test
    void aSignatureForAnotherRegionIsRefused() {
        assertRefused(signed(TestCredentials.root(), "eu-west-1", NOW), 403, "InvalidSignatureException",
                "Credential should be scoped to a valid region, not 'eu-west-1'. ");
    }

    @Test
    void row6ASignatureOlderThanFiveMinutesHasExpired() {
        assertRefused(signed(TestCredentials.root(), "us-east-1", NOW.minus(Duration.ofMinutes(6))), 403, "InvalidSignatureException",
                "Signature expired: 20261127T095400Z is now earlier than 20261127T095500Z (20261127T100000Z - 5 min.)");
        assertThat(authorizer.authorize(signed(TestCredentials.root(), "us-east-1", NOW.minus(Duration.ofMinutes(4))), IAM,
                "us-east-1", ARN)).isEqualTo(TestCredentials.ROOT);
    }

    @Test
    void row6bASignatureFromMoreThanFiveMinutesAheadIsNotYetCurrent() {
        assertRefused(signed(TestCredentials.root(), "us-east-1", NOW.plus(Duration.ofMinutes(6))), 403, "InvalidSignatureException",
                "Signature not yet current: 20261127T100600Z is still later than 20261127T100500Z (20261127T100000Z + 5 min.)");
    }

    @Test
    void row7ExpiredSessionCredentials() {
        clock.advance(Duration.ofHours(2));
        assertRefused(signed(TestCredentials.session(), "us-east-1", NOW.plus(Duration.ofHours(2))), 403, "ExpiredTokenException",
                "The security token included in the request is expired");
    }

    @Test
    void aValidSessionIsAskedOfIamForTheRequestArn() {
        Caller caller = authorizer.authorize(signed(TestCredentials.session(), "us-east-1", NOW), IAM, "us-east-1", ARN);

        assertThat(caller).isEqualTo(TestCredentials.ROLE_SESSION);
        assertThat(iam.asked).singleElement().satisfies(question -> {
            assertThat(question.caller()).isEqualTo(TestCredentials.ROLE_SESSION);
            assertThat(question.action()).isEqualTo("execute-api:Invoke");
            assertThat(question.resourceArn()).isEqualTo(ARN);
            assertThat(question.context()).containsEntry("aws:SourceIp", List.of("203.0.113.9"))
                    .containsEntry("aws:EpochTime", List.of(Long.toString(NOW.getEpochSecond())));
        });
    }

    @Test
    void row8AnImplicitDenyNamesCallerActionAndResource() {
        iam.outcome = AccessDecision.Outcome.IMPLICIT_DENY;

        GatewayResponse refused = refusal(signed(TestCredentials.session(), "us-east-1", NOW));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorType()).isEqualTo("AccessDeniedException");
        assertThat(refused.messageKey()).isEqualTo("Message");
        assertThat(refused.message()).isEqualTo("User: " + TestCredentials.ROLE_SESSION_ARN
                + " is not authorized to perform: execute-api:Invoke on resource: " + ARN);
    }

    @Test
    void row9AnExplicitDenySaysSo() {
        iam.outcome = AccessDecision.Outcome.EXPLICIT_DENY;

        assertThat(refusal(signed(TestCredentials.session(), "us-east-1", NOW)).message()).isEqualTo("User: "
                + TestCredentials.ROLE_SESSION_ARN + " is not authorized to perform: execute-api:Invoke on resource: " + ARN
                + " with an explicit deny");
    }

    @Test
    void row2AnUnknownRouteIsAMissingTokenUnlessTheHeaderIsNoSignatureAtAll() {
        assertThat(authorizer.unknownRoute(unsigned(Map.of())).response().errorType()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(authorizer.unknownRoute(signed(TestCredentials.root(), "us-east-1", NOW)).response())
                .isEqualTo(new GatewayResponse(403, "MissingAuthenticationTokenException", "message", "Missing Authentication Token"));
        assertThat(authorizer.unknownRoute(signed(AwsCredentialsIdentity.create(TestCredentials.ROOT_KEY, "wrong"), "us-east-1", NOW))
                .response().errorType()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(authorizer.unknownRoute(unsigned(Map.of("Authorization", List.of("Bearer abc")))).response().errorType())
                .isEqualTo("IncompleteSignatureException");
        assertThat(iam.asked).isEmpty();
    }

    private HttpRequest signed(AwsCredentialsIdentity credentials, String region, Instant signedAt) {
        SdkHttpRequest request = SignedRequests.sign("GET", URL, Map.of(), null, credentials, region, signedAt);
        return SignedRequests.asReceived(request, new byte[0], clock.instant());
    }

    private HttpRequest unsigned(Map<String, List<String>> headers) {
        java.util.Map<String, List<String>> all = new java.util.LinkedHashMap<>(headers);
        all.put("Host", List.of("127.0.0.1:4566"));
        return SignedRequests.unsigned("GET", "/_aws/execute-api/abc123/api/user", "", all, null, clock.instant());
    }

    private GatewayResponse refusal(HttpRequest request) {
        try {
            authorizer.authorize(request, IAM, "us-east-1", ARN);
        } catch (GatewayResponseException e) {
            return e.response();
        }
        throw new AssertionError("the request was let through");
    }

    private void assertRefused(HttpRequest request, int status, String type, String message) {
        assertThatThrownBy(() -> authorizer.authorize(request, IAM, "us-east-1", ARN))
                .isInstanceOfSatisfying(GatewayResponseException.class, e -> {
                    assertThat(e.response().status()).isEqualTo(status);
                    assertThat(e.response().errorType()).isEqualTo(type);
                    assertThat(e.response().messageKey()).isEqualTo("message");
                    assertThat(e.response().message()).isEqualTo(message);
                });
        assertThat(iam.asked).as("IAM is not asked about a refused signature").isEmpty();
    }
}
