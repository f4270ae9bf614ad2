package org.officeapi.bench.load;

import org.officeapi.calls.ApiAnswer;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lean client: the JDK's HttpClient (HTTP/1.1, connections kept alive and reused), signing each request
 * with the SDK's AwsV4HttpSigner exactly as the suite's ApiCaller does (same headers signed, Host from the
 * URL). What remains of a call's time is then mostly the embedded AWS's work, not the client's.
 */
final class JdkHttpClient implements SignedClient {

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final URI invokeUrl;
    private final String region;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    JdkHttpClient(URI invokeUrl, String region, Clock clock) {
        this.invokeUrl = invokeUrl;
        this.region = region;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public ApiAnswer call(String method, String path, AwsSessionCredentials credentials) {
        URI url = URI.create(invokeUrl + path);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(url)
                .putHeader("Accept", "application/json").build();
        AwsSessionCredentialsIdentity identity = AwsSessionCredentialsIdentity.create(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken());
        SdkHttpRequest signed = SIGNER.sign(r -> r.identity(identity).request(unsigned)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock)).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60));
        signed.forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                request.header(name, String.join(",", values));
            }
        });
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return new ApiAnswer(response.statusCode(), headers, response.body());
    }
}
