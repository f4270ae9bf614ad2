package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.core.Headers;
import org.officeapi.emulator.core.HttpRequest;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Requests signed by the AWS SDK's own SigV4 signer, as any client of execute-api signs them. */
final class SignedRequests {

    private SignedRequests() {}

    /** Signs {@code method url} for execute-api in {@code region} at {@code signedAt}. */
    static SdkHttpRequest sign(String method, String url, Map<String, String> headers, byte[] body,
                               AwsCredentialsIdentity credentials, String region, Instant signedAt) {
        return sign("execute-api", method, url, headers, body, credentials, region, signedAt);
    }

    /** Signs {@code method url} for {@code service}. */
    static SdkHttpRequest sign(String service, String method, String url, Map<String, String> headers, byte[] body,
                               AwsCredentialsIdentity credentials, String region, Instant signedAt) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(URI.create(url));
        headers.forEach(request::putHeader);
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(credentials)
                .request(request.build())
                .payload(body == null ? null : ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        return signed.request();
    }

    /** The signed request as the embedded server would hand it to an endpoint, received at {@code receivedAt}. */
    static HttpRequest asReceived(SdkHttpRequest signed, byte[] body, Instant receivedAt) {
        Headers headers = new Headers();
        signed.forEachHeader((name, values) -> values.forEach(value -> headers.add(name, value)));
        if (!signed.firstMatchingHeader("Host").isPresent()) {
            headers.add("Host", signed.host() + (signed.port() == 80 || signed.port() == 443 ? "" : ":" + signed.port()));
        }
        String query = signed.encodedQueryParameters().orElse("");
        return new HttpRequest(signed.method().name(), signed.encodedPath().isEmpty() ? "/" : signed.encodedPath(), query,
                headers, body, "203.0.113.9", receivedAt);
    }

    /** An unsigned request as received. */
    static HttpRequest unsigned(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                                byte[] body, Instant receivedAt) {
        Headers all = new Headers();
        headers.forEach((name, values) -> values.forEach(value -> all.add(name, value)));
        return new HttpRequest(method, rawPath, rawQuery, all, body, "203.0.113.9", receivedAt);
    }
}
