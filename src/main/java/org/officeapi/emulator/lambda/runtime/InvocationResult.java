package org.officeapi.emulator.lambda.runtime;

/**
 * What an invocation came to: the handler's answer, or Lambda's error JSON for a function error or a
 * timeout (both reported by {@code Invoke} with {@code X-Amz-Function-Error: Unhandled}), and the log
 * tail ({@code X-Amz-Log-Result}).
 */
public record InvocationResult(Outcome outcome, byte[] payload, String logTail) {

    public enum Outcome { SUCCESS, FUNCTION_ERROR, TIMEOUT }

    public boolean failed() {
        return outcome != Outcome.SUCCESS;
    }
}
