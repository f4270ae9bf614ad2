package org.officeapi.bench.load;

import org.officeapi.calls.ApiAnswer;
import org.officeapi.calls.ApiCaller;
import org.officeapi.calls.CallSigning;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.net.URI;
import java.time.Clock;

/** The suite's own {@link ApiCaller} (REST Assured, signed by the SDK's AwsV4HttpSigner), exactly as the steps call. */
final class RestAssuredClient implements SignedClient {

    private final ApiCaller caller;
    private final String region;
    private final Clock clock;

    RestAssuredClient(URI invokeUrl, String region, Clock clock) {
        this.caller = new ApiCaller(invokeUrl);
        this.region = region;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "restassured";
    }

    @Override
    public ApiAnswer call(String method, String path, AwsSessionCredentials credentials) {
        return caller.call(method, path, new CallSigning.SigV4(credentials, "execute-api", region, clock, false));
    }
}
