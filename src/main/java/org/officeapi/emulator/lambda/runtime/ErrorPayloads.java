package org.officeapi.emulator.lambda.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Lambda returns as the payload of a failed invocation (with {@code X-Amz-Function-Error:
 * Unhandled}), worded as the AWS Java runtime (aws-lambda-java-runtime-interface-client) and the Lambda
 * service word it.
 */
final class ErrorPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lambda's limit on a synchronous invocation's response. */
    static final int MAX_RESPONSE_BYTES = 6_291_556;

    private ErrorPayloads() {}

    /**
     * An exception the handler threw: {@code errorMessage} (its message, or its class name when it has
     * none), {@code errorType} (its class) and {@code stackTrace} (its frames down to the handler, without
     * the runtime's own), as the runtime's {@code LambdaErrorConverter} reports it.
     */
    static byte[] thrown(Throwable t) {
        ObjectNode error = JSON.createObjectNode();
        error.put("errorMessage", t.getLocalizedMessage() == null ? t.getClass().getName() : t.getLocalizedMessage());
        error.put("errorType", t.getClass().getName());
        ArrayNode trace = error.putArray("stackTrace");
        for (StackTraceElement frame : userFrames(t.getStackTrace())) {
            trace.add(describe(frame));
        }
        return bytes(error);
    }

    static byte[] fault(UserFault fault) {
        ObjectNode error = JSON.createObjectNode();
        error.put("errorMessage", fault.getMessage());
        if (fault.errorType() != null) {
            error.put("errorType", fault.errorType());
        }
        return bytes(error);
    }

    /**
     * A handler still running at the function's timeout. Lambda's current wording; older accounts saw
     * {@code {"errorMessage":"<timestamp> <requestId> Task timed out after N.NN seconds"}}.
     */
    static byte[] timeout(String requestId, int timeoutSeconds) {
        ObjectNode error = JSON.createObjectNode();
        error.put("errorType", "Sandbox.Timedout");
        error.put("errorMessage", "RequestId: " + requestId + " Error: Task timed out after "
                + String.format(Locale.ROOT, "%.2f", (double) timeoutSeconds) + " seconds");
        return bytes(error);
    }

    static byte[] responseTooLarge() {
        ObjectNode error = JSON.createObjectNode();
        error.put("errorMessage", "Response payload size exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).");
        error.put("errorType", "Function.ResponseSizeTooLarge");
        return bytes(error);
    }

    /**
     * The frames of the function's own code: everything above the first frame of this runtime (the AWS
     * runtime filters its own frames the same way), without the reflection frames this runtime's call
     * added on top of them.
     */
    static List<StackTraceElement> userFrames(StackTraceElement[] frames) {
        String runtimePackage = ErrorPayloads.class.getPackageName() + ".";
        List<StackTraceElement> out = new ArrayList<>();
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith(runtimePackage)) {
                break;
            }
            out.add(frame);
        }
        while (!out.isEmpty() && isReflection(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * A frame as the AWS runtime prints it. Its customer class loader has no name, so the function's
     * frames read {@code package.Class.method(File.java:12)}, without the {@code lambda:name//} prefix
     * Java gives frames of a named loader.
     */
    static String describe(StackTraceElement frame) {
        if (frame.getClassLoaderName() == null || !frame.getClassLoaderName().startsWith("lambda")) {
            return frame.toString();
        }
        return new StackTraceElement(frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber()).toString();
    }

    private static boolean isReflection(StackTraceElement frame) {
        String cls = frame.getClassName();
        return cls.startsWith("jdk.internal.reflect.") || cls.equals("java.lang.reflect.Method");
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
