package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.lambda.model.LambdaFunction;
import org.officeapi.emulator.lambda.runtime.InvocationResult;
import org.officeapi.emulator.lambda.runtime.JavaRuntime;
import org.officeapi.emulator.ports.FunctionInvocation;
import org.officeapi.emulator.ports.FunctionInvoker;

/**
 * Invocations by another AWS service (API Gateway's Lambda proxy integration), through the
 * {@link FunctionInvoker} port: the function must exist and its resource-based policy must allow the
 * service principal for the source ARN (see {@link ResourcePolicyEvaluator}); then it runs as
 * {@code Invoke} would run it.
 */
public final class ServiceInvocations implements FunctionInvoker {

    private final LambdaStore store;
    private final JavaRuntime runtime;

    public ServiceInvocations(LambdaStore store, JavaRuntime runtime) {
        this.store = store;
        this.runtime = runtime;
    }

    @Override
    public FunctionInvocation invokeAsService(String functionArn, String servicePrincipal, String sourceArn, byte[] payload) {
        FunctionNames.Reference ref = FunctionNames.parseArn(functionArn);
        LambdaFunction fn = ref == null ? null : store.in(ref.account(), ref.region()).functions.get(ref.name());
        if (fn == null || !ref.latest()) {
            return new FunctionInvocation(FunctionInvocation.Outcome.NOT_FOUND, new byte[0],
                    "Function not found: " + (ref == null ? functionArn : ref.qualifiedArn()));
        }
        if (!ResourcePolicyEvaluator.allowsService(fn.permissions(), servicePrincipal, sourceArn)) {
            return new FunctionInvocation(FunctionInvocation.Outcome.PERMISSION_DENIED, new byte[0],
                    "The resource-based policy of " + fn.arn() + " does not allow " + servicePrincipal + " to invoke it from " + sourceArn);
        }
        if (payload.length > LambdaInvocations.MAX_PAYLOAD_BYTES) {
            return new FunctionInvocation(FunctionInvocation.Outcome.FUNCTION_ERROR, new byte[0],
                    "Request must be smaller than " + LambdaInvocations.MAX_PAYLOAD_BYTES + " bytes for the InvokeFunction operation");
        }
        InvocationResult result = runtime.invoke(fn, payload, Ids.uuid());
        return switch (result.outcome()) {
            case SUCCESS -> new FunctionInvocation(FunctionInvocation.Outcome.SUCCESS, result.payload(), "");
            case FUNCTION_ERROR -> new FunctionInvocation(FunctionInvocation.Outcome.FUNCTION_ERROR, result.payload(), "Unhandled");
            case TIMEOUT -> new FunctionInvocation(FunctionInvocation.Outcome.TIMEOUT, result.payload(), "Unhandled");
        };
    }
}
