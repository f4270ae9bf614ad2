package org.officeapi.calls;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the deployed API through REST Assured, signing with the AWS SDK's own SigV4 signer (so that
 * AWS's signing code, not ours, is what the gate checks).
 */
public final class ApiCaller {

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .redirect(RedirectConfig.redirectConfig().followRedirects(false))
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 10_000)
                    .setParam("http.socket.timeout", 60_000));

    private final URI invokeUrl;

    /** @param invokeUrl the API's base URL, e.g. {@code https://abc.execute-api.us-east-1.amazonaws.com}; paths start with the stage */
    public ApiCaller(URI invokeUrl) {
        this.invokeUrl = invokeUrl;
    }

    public ApiAnswer call(String method, String path, CallSigning signing) {
        URI url = URI.create(invokeUrl.toString() + path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (signing instanceof CallSigning.Bearer bearer) {
            headers.put("Authorization", "Bearer " + bearer.token());
        } else if (signing instanceof CallSigning.SigV4 sigV4) {
            headers.putAll(sign(method, url, headers, sigV4));
        }
        RequestSpecification request = RestAssured.given().config(CONFIG).urlEncodingEnabled(false).headers(headers);
        Response response = request.request(method, url);
        Map<String, String> answerHeaders = new LinkedHashMap<>();
        response.getHeaders().forEach(h -> answerHeaders.merge(h.getName(), h.getValue(), (a, b) -> a + "," + b));
        return new ApiAnswer(response.getStatusCode(), answerHeaders, response.getBody().asString());
    }

    private static Map<String, String> sign(String method, URI url, Map<String, String> headers, CallSigning.SigV4 signing) {
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(url);
        headers.forEach(unsigned::putHeader);
        AwsSessionCredentialsIdentity identity = AwsSessionCredentialsIdentity.create(signing.credentials().accessKeyId(),
                signing.credentials().secretAccessKey(), signing.credentials().sessionToken());
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(identity).request(unsigned.build())
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, signing.service())
                .putProperty(AwsV4HttpSigner.REGION_NAME, signing.region())
                .putProperty(HttpSigner.SIGNING_CLOCK, signing.clock()));
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Host")) {
                out.put(header.getKey(), String.join(",", header.getValue()));
            }
        }
        if (signing.tampered()) {
            out.put("Authorization", tamper(out.get("Authorization")));
        }
        return out;
    }

    /** Changes the last hex digit of the signature, keeping the header well-formed. */
    static String tamper(String authorization) {
        char last = authorization.charAt(authorization.length() - 1);
        return authorization.substring(0, authorization.length() - 1) + (last == '0' ? '1' : '0');
    }
}
