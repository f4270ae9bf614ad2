package org.officeapi.bench;

import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.VerifiedSignature;
import org.officeapi.emulator.core.HttpRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.http.SdkHttpRequest;

import java.util.concurrent.TimeUnit;

/**
 * SigV4 on an execute-api call: what the embedded AWS does per request ({@code SigV4Verifier.verify}: parse
 * the header, check scope and skew, find the STS session, recompute the signature) and, for scale, what the
 * client does to sign it (the AWS SDK's {@code AwsV4HttpSigner}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SigV4Benchmark {

    private WalkthroughAuth auth;
    private HttpRequest roseGetsAdmin;
    private final ScopeRule executeApi = ScopeRule.only("execute-api", WalkthroughAuth.REGION);

    @Setup
    public void setUp() {
        auth = new WalkthroughAuth();
        roseGetsAdmin = WalkthroughAuth.received(WalkthroughAuth.sign(auth.rose, "GET", "/admin"));
        VerifiedSignature checked = auth.verifier.verify(roseGetsAdmin, executeApi);
        if (!checked.caller().equals(auth.roseCaller)) {
            throw new IllegalStateException("the signature verified as " + checked.caller().arn());
        }
    }

    /** The server's check of a signed GET with a session token. */
    @Benchmark
    public VerifiedSignature verify() {
        return auth.verifier.verify(roseGetsAdmin, executeApi);
    }

    /** The client's signing of the same request, with the SDK's signer. */
    @Benchmark
    public SdkHttpRequest sdkSign() {
        return WalkthroughAuth.sign(auth.rose, "GET", "/admin");
    }
}
