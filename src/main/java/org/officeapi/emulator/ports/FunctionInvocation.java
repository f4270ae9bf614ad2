package org.officeapi.emulator.ports;

/**
 * What an invocation came to. {@code payload} is the function's response (or, for a function error,
 * Lambda's error JSON); {@code outcome} says which.
 */
public record FunctionInvocation(Outcome outcome, byte[] payload, String detail) {

    public enum Outcome {
        /** The handler returned; {@code payload} is what it returned. */
        SUCCESS,
        /** The handler threw; {@code payload} is Lambda's {@code errorMessage}/{@code errorType} JSON. */
        FUNCTION_ERROR,
        /** The handler ran past the function's timeout. */
        TIMEOUT,
        /** No such function. */
        NOT_FOUND,
        /** The function's resource policy does not allow the service principal for this source. */
        PERMISSION_DENIED
    }
}
