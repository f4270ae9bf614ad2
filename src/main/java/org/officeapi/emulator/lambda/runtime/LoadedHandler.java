package org.officeapi.emulator.lambda.runtime;

import com.fasterxml.jackson.databind.JavaType;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A handler ready to be called, in the shape the AWS Java runtime reduces every handler to: bytes in,
 * bytes out, with the invocation's context. What the handler throws comes out as is; failures of the
 * runtime's own steps (reading the event, writing the result) come out as the runtime words them.
 */
interface LoadedHandler {

    void handle(byte[] event, OutputStream out, Object context) throws Throwable;

    /** A {@code RequestStreamHandler}, or a method taking some of (InputStream, OutputStream, Context). */
    record Stream(Method method, Object instance, boolean takesInput, boolean takesOutput, boolean takesContext)
            implements LoadedHandler {
        @Override
        public void handle(byte[] event, OutputStream out, Object context) throws Throwable {
            Object[] args = new Object[(takesInput ? 1 : 0) + (takesOutput ? 1 : 0) + (takesContext ? 1 : 0)];
            int i = 0;
            if (takesInput) {
                args[i++] = new ByteArrayInputStream(event);
            }
            if (takesOutput) {
                args[i++] = out;
            }
            if (takesContext) {
                args[i] = context;
            }
            call(method, instance, args);
            if (!takesOutput) {
                // the runtime answers "null" for a stream method that cannot write an answer
                out.write(NULL);
            }
        }
    }

    /** A {@code RequestHandler<I, O>}, or a method taking an event (and maybe the Context) and returning a value. */
    record Pojo(Method method, Object instance, JavaType inputType, JavaType outputType, boolean takesContext,
                EventMapper mapper) implements LoadedHandler {
        @Override
        public void handle(byte[] event, OutputStream out, Object context) throws Throwable {
            Object input = null;
            if (inputType != null) {
                try {
                    input = mapper.read(event, inputType);
                } catch (Exception | LinkageError e) {
                    throw runtimeFailure("An error occurred during JSON parsing", e);
                }
            }
            Object[] args = new Object[(inputType != null ? 1 : 0) + (takesContext ? 1 : 0)];
            int i = 0;
            if (inputType != null) {
                args[i++] = input;
            }
            if (takesContext) {
                args[i] = context;
            }
            Object output = call(method, instance, args);
            if (outputType == null) {
                out.write(NULL);
                return;
            }
            try {
                mapper.write(output, outputType, out);
            } catch (Exception | LinkageError e) {
                throw runtimeFailure("An error occurred during JSON serialization of response", e);
            }
        }
    }

    /** A handler the runtime could not make ready: every invocation reports the same fault. */
    record Faulty(UserFault fault) implements LoadedHandler {
        @Override
        public void handle(byte[] event, OutputStream out, Object context) throws UserFault {
            throw fault;
        }
    }

    byte[] NULL = {'n', 'u', 'l', 'l'};

    private static Object call(Method method, Object instance, Object[] args) throws Throwable {
        try {
            return method.invoke(instance, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
    }

    /** The runtime's own failure: its frames are filtered away entirely, so its trace is empty. */
    private static RuntimeException runtimeFailure(String message, Throwable cause) {
        RuntimeException failure = new RuntimeException(message, cause);
        failure.setStackTrace(new StackTraceElement[0]);
        return failure;
    }
}
