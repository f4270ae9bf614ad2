package org.officeapi.bench;

import org.officeapi.emulator.apigateway.invoke.ExecuteApiAuthorizer;
import org.officeapi.emulator.auth.policy.Evaluation;
import org.officeapi.emulator.auth.policy.PolicyDocument;
import org.officeapi.emulator.auth.policy.PolicyEvaluator;
import org.officeapi.emulator.auth.policy.PolicyKind;
import org.officeapi.emulator.auth.policy.PolicySource;
import org.officeapi.emulator.auth.policy.RequestContext;
import org.officeapi.emulator.ports.AccessDecision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * IAM's decision on {@code execute-api:Invoke} for the walkthrough's roles: what API Gateway asks per call
 * ({@code IamAccess.identity}: find the role as propagated, its policies, the caller's context keys, evaluate),
 * the evaluator alone on a parsed document, and parsing the document (which IamAccess caches by text).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PolicyEvaluationBenchmark {

    private WalkthroughAuth auth;
    private final Map<String, List<String>> context = WalkthroughAuth.executeApiContext();
    private final String adminArn = WalkthroughAuth.invokeArn("GET", "/admin");
    private final String adminPolicy = WalkthroughAuth.invokePolicy(List.of("GET/user", "GET/admin"));
    private List<PolicySource> parsedAdminPolicy;
    private RequestContext roseGetsAdmin;

    @Setup
    public void setUp() {
        auth = new WalkthroughAuth();
        parsedAdminPolicy = List.of(new PolicySource("invoke", "role", "inline policy 'invoke'",
                PolicyDocument.parse(adminPolicy, PolicyKind.IDENTITY)));
        roseGetsAdmin = RequestContext.builder().action(ExecuteApiAuthorizer.INVOKE).resource(adminArn).keys(context).build();
        expect(roseMayInvokeAdmin().outcome(), AccessDecision.Outcome.ALLOWED);
        expect(johnMayInvokeAdmin().outcome(), AccessDecision.Outcome.IMPLICIT_DENY);
        if (evaluatorOnly().decision() != Evaluation.Decision.ALLOWED) {
            throw new IllegalStateException("the admin policy does not allow GET /admin");
        }
    }

    private static void expect(AccessDecision.Outcome actual, AccessDecision.Outcome expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + ", IAM decided " + actual);
        }
    }

    /** Rose's session (Admin role) invoking GET /admin: allowed. */
    @Benchmark
    public AccessDecision roseMayInvokeAdmin() {
        return auth.iam.identity(auth.roseCaller, ExecuteApiAuthorizer.INVOKE, adminArn, context);
    }

    /** John's session (User role) invoking GET /admin: implicitly denied. */
    @Benchmark
    public AccessDecision johnMayInvokeAdmin() {
        return auth.iam.identity(auth.johnCaller, ExecuteApiAuthorizer.INVOKE, adminArn, context);
    }

    /** The evaluator alone, on the parsed Admin policy and a prepared request context. */
    @Benchmark
    public Evaluation evaluatorOnly() {
        return PolicyEvaluator.evaluate(parsedAdminPolicy, roseGetsAdmin);
    }

    /** Parsing and validating the Admin role's policy document (IamAccess parses each text once). */
    @Benchmark
    public PolicyDocument parseDocument() {
        return PolicyDocument.parse(adminPolicy, PolicyKind.IDENTITY);
    }
}
