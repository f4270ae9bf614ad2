package org.officeapi.bench;

import org.officeapi.emulator.apigateway.invoke.ExecuteApiAuthorizer;
import org.officeapi.emulator.apigateway.invoke.GatewayResponseException;
import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.HttpRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Step 3 of execute-api as a whole, the gate of every matrix call: SigV4 verification, then IAM's
 * {@code execute-api:Invoke} decision, for an allowed call (Rose, GET /admin) and a refused one (John,
 * GET /admin, which ends in AWS's AccessDeniedException gateway response).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExecuteApiAuthorizerBenchmark {

    private static final MethodRecord GET_IAM = new MethodRecord("GET", MethodRecord.AWS_IAM, false, null, null);

    private WalkthroughAuth auth;
    private ExecuteApiAuthorizer authorizer;
    private HttpRequest roseGetsAdmin;
    private HttpRequest johnGetsAdmin;
    private final String adminArn = WalkthroughAuth.invokeArn("GET", "/admin");

    @Setup
    public void setUp() {
        auth = new WalkthroughAuth();
        authorizer = new ExecuteApiAuthorizer(auth.verifier, auth.iam);
        roseGetsAdmin = WalkthroughAuth.received(WalkthroughAuth.sign(auth.rose, "GET", "/admin"));
        johnGetsAdmin = WalkthroughAuth.received(WalkthroughAuth.sign(auth.john, "GET", "/admin"));
        if (!auth.roseCaller.equals(allowed())) {
            throw new IllegalStateException("Rose was not let through as herself");
        }
        GatewayResponseException refusal = refused();
        if (refusal == null || refusal.response().status() != 403 || !"AccessDeniedException".equals(refusal.response().errorType())) {
            throw new IllegalStateException("John was not refused with AccessDeniedException");
        }
    }

    @Benchmark
    public Caller allowed() {
        return authorizer.authorize(roseGetsAdmin, GET_IAM, WalkthroughAuth.REGION, adminArn);
    }

    @Benchmark
    public GatewayResponseException refused() {
        try {
            authorizer.authorize(johnGetsAdmin, GET_IAM, WalkthroughAuth.REGION, adminArn);
            return null;
        } catch (GatewayResponseException e) {
            return e;
        }
    }
}
