package org.officeapi.emulator.iam;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** IAM's awsQuery wire shapes, byte for byte where AWS's are fixed: a success, an empty list and an error. */
class IamQueryWireTest {

    private static EmbeddedAws aws;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    /** A form POST signed with SigV4 for iam in us-east-1, as the SDKs send IAM calls. */
    private static HttpResponse<String> call(Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(aws.endpoint().resolve("/"))
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey()))
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "iam")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void createRoleAnswersWithTheRoleInAwsQueryXml() throws Exception {
        HttpResponse<String> response = call(Map.of("Action", "CreateRole", "Version", "2010-05-08", "RoleName", "wire",
                "AssumeRolePolicyDocument", "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
                        + "\"Action\":\"sts:AssumeRole\"}}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/xml");
        assertThat(response.body()).matches("<CreateRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                + "<CreateRoleResult><Role><Path>/</Path><RoleName>wire</RoleName><RoleId>AROA[A-Z2-7]{17}</RoleId>"
                + "<Arn>arn:aws:iam::000000000000:role/wire</Arn><CreateDate>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</CreateDate>"
                + "<AssumeRolePolicyDocument>%7B%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service"
                + "%22%3A%22lambda.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%7D</AssumeRolePolicyDocument>"
                + "<MaxSessionDuration>3600</MaxSessionDuration></Role></CreateRoleResult>"
                + "<ResponseMetadata><RequestId>[0-9a-f-]{36}</RequestId></ResponseMetadata></CreateRoleResponse>");
    }

    @Test
    void anEmptyListIsAnEmptyElement() throws Exception {
        HttpResponse<String> response = call(Map.of("Action", "ListRoles", "Version", "2010-05-08", "PathPrefix", "/nobody/"));

        assertThat(response.body()).contains("<ListRolesResult><Roles></Roles><IsTruncated>false</IsTruncated></ListRolesResult>");
    }

    @Test
    void anErrorIsAnErrorResponseWithTypeCodeAndMessage() throws Exception {
        HttpResponse<String> response = call(Map.of("Action", "GetRole", "Version", "2010-05-08", "RoleName", "ghost"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).matches("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error>"
                + "<Type>Sender</Type><Code>NoSuchEntity</Code><Message>The role with name ghost cannot be found.</Message>"
                + "</Error><RequestId>[0-9a-f-]{36}</RequestId></ErrorResponse>");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    @Test
    void badInputIsAlwaysAClientErrorNeverAServerError() throws Exception {
        String trust = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}}";
        call(Map.of("Action", "CreateRole", "Version", "2010-05-08", "RoleName", "target", "AssumeRolePolicyDocument", trust));
        List<Map<String, String>> forms = List.of(
                Map.of("Action", "CreateRole", "Version", "2010-05-08", "RoleName", "x"),
                Map.of("Action", "CreateRole", "Version", "2010-05-08", "RoleName", "x", "AssumeRolePolicyDocument", "{}"),
                Map.of("Action", "CreateRole", "Version", "2010-05-08", "RoleName", "x", "AssumeRolePolicyDocument", trust,
                        "Tags.member.1.Key", "k"),
                Map.of("Action", "CreateRole", "Version", "2010-05-08", "RoleName", "x", "AssumeRolePolicyDocument", trust,
                        "MaxSessionDuration", "an hour"),
                Map.of("Action", "PutRolePolicy", "Version", "2010-05-08", "RoleName", "target", "PolicyName", "p",
                        "PolicyDocument", "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[1,2],\"Resource\":\"*\"}}"),
                Map.of("Action", "PutRolePolicy", "Version", "2010-05-08", "RoleName", "target", "PolicyName", "p",
                        "PolicyDocument", "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\","
                                + "\"Condition\":{\"StringEquals\":{\"a:b\":{\"nested\":1}}}}}"),
                Map.of("Action", "AttachRolePolicy", "Version", "2010-05-08", "RoleName", "target", "PolicyArn", "arn:aws:iam::000000000000:policy/"),
                Map.of("Action", "ListRoles", "Version", "2010-05-08", "MaxItems", "0"),
                Map.of("Action", "ListRoles", "Version", "2010-05-08", "Marker", "%%%"),
                Map.of("Action", "SimulatePrincipalPolicy", "Version", "2010-05-08", "PolicySourceArn", "arn:aws:iam::000000000000:role/target",
                        "ActionNames.member.1", "s3:GetObject", "PolicyInputList.member.1", "not json"),
                Map.of("Action", "SimulatePrincipalPolicy", "Version", "2010-05-08", "PolicySourceArn", "arn:aws:iam::000000000000:group/g",
                        "ActionNames.member.1", "s3:GetObject"),
                Map.of("Action", "GetPolicyVersion", "Version", "2010-05-08", "PolicyArn", "arn:aws:iam::000000000000:policy/none", "VersionId", "v1"),
                Map.of("Action", "NoSuchOperation", "Version", "2010-05-08"),
                Map.of("Action", "CreateUser", "Version", "2010-05-08", "UserName", "u"));
        for (Map<String, String> form : forms) {
            HttpResponse<String> response = call(form);
            assertThat(response.statusCode()).as(form + " → " + response.body()).isBetween(400, 499);
            assertThat(response.body()).as(form.toString()).startsWith("<ErrorResponse");
        }
        HttpResponse<String> roles = call(Map.of("Action", "ListRoles", "Version", "2010-05-08"));
        assertThat(roles.body()).contains("<RoleName>target</RoleName>").doesNotContain("<RoleName>x</RoleName>");
    }

    @Test
    void listMembersAreReadFromMemberElements() throws Exception {
        call(Map.of("Action", "CreateRole", "Version", "2010-05-08", "RoleName", "tagged",
                "AssumeRolePolicyDocument", "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}}",
                "Tags.member.1.Key", "team", "Tags.member.1.Value", "blue"));

        HttpResponse<String> response = call(Map.of("Action", "ListRoleTags", "Version", "2010-05-08", "RoleName", "tagged"));

        assertThat(response.body()).contains("<Tags><member><Key>team</Key><Value>blue</Value></member></Tags>");
        assertThat(List.of(response.statusCode())).containsExactly(200);
    }
}
