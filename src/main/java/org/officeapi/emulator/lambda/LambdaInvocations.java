package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.lambda.model.LambdaFunction;
import org.officeapi.emulator.lambda.runtime.InvocationResult;
import org.officeapi.emulator.lambda.runtime.JavaRuntime;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Invoking functions. */
public final class LambdaInvocations {

    /** Lambda's limit on a synchronous invocation's payload. */
    static final int MAX_PAYLOAD_BYTES = 6_291_456;
    private static final byte[] EMPTY_EVENT = {'{', '}'};

    private final LambdaFunctions functions;
    private final JavaRuntime runtime;

    public LambdaInvocations(LambdaFunctions functions, JavaRuntime runtime) {
        this.functions = functions;
        this.runtime = runtime;
    }

    /**
     * Runs the function with the payload as its event. {@code RequestResponse} (the default) waits and
     * returns the function's answer, or, with {@code X-Amz-Function-Error: Unhandled}, the error it threw
     * or its timeout; {@code Event} queues the invocation and answers 202 at once; {@code DryRun} only
     * checks that the call could be made (204). {@code LogType: Tail} adds the last 4 KB of the log.
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html">Invoke</a>
     */
    public InvokeResponse invoke(InvokeRequest request, CallContext context) {
        LambdaFunction fn = functions.find(request.functionName(), request.qualifier(), context, "lambda:InvokeFunction");
        byte[] event = request.payload() == null ? new byte[0] : request.payload().asByteArray();
        if (event.length > MAX_PAYLOAD_BYTES) {
            throw LambdaErrors.requestTooLarge(MAX_PAYLOAD_BYTES);
        }
        if (event.length == 0) {
            // an invocation without a payload gets an empty object as its event
            event = EMPTY_EVENT;
        } else {
            JsonPayloads.requireJson(event);
        }
        String type = request.invocationTypeAsString() == null ? "RequestResponse" : request.invocationTypeAsString();
        switch (type) {
            case "DryRun" -> {
                return InvokeResponse.builder().statusCode(204).build();
            }
            case "Event" -> {
                runtime.invokeLater(fn, event, context.requestId());
                return InvokeResponse.builder().statusCode(202).payload(SdkBytes.fromByteArray(new byte[0])).build();
            }
            default -> {
                InvocationResult result = runtime.invoke(fn, event, context.requestId());
                InvokeResponse.Builder response = InvokeResponse.builder()
                        .statusCode(200)
                        .executedVersion(FunctionNames.LATEST)
                        .payload(SdkBytes.fromByteArray(result.payload()));
                if (result.failed()) {
                    response.functionError("Unhandled");
                }
                if ("Tail".equals(request.logTypeAsString())) {
                    response.logResult(result.logTail());
                }
                return response.build();
            }
        }
    }
}
