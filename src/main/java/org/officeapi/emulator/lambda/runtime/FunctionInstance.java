package org.officeapi.emulator.lambda.runtime;

import org.officeapi.emulator.core.Ids;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * One execution environment of a function, the embedded counterpart of a warm Lambda sandbox: its own
 * class loader over the deployment package, its handler instantiated once, its own Jackson. It serves
 * one invocation at a time and lives until it fails fatally, times out, or its function goes.
 */
final class FunctionInstance {

    private final String functionName;
    private final LoadedHandler handler;
    private final LambdaContexts contexts;
    private final FunctionClassLoader classes;
    private final String logStream;

    private FunctionInstance(String functionName, LoadedHandler handler, LambdaContexts contexts, FunctionClassLoader classes,
                             String logStream) {
        this.functionName = functionName;
        this.handler = handler;
        this.contexts = contexts;
        this.classes = classes;
        this.logStream = logStream;
    }

    /** The init phase: a class loader over {@code code}, and the handler loaded and instantiated. */
    static FunctionInstance start(String functionName, CodeArchive code, String handlerName, java.time.Clock clock) throws UserFault {
        FunctionClassLoader classes = new FunctionClassLoader(functionName, code, new RuntimeApiClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classes);
        try {
            EventMapper mapper = new EventMapper(classes);
            LambdaContexts contexts = new LambdaContexts(classes);
            LoadedHandler handler = new HandlerFactory(classes, mapper).load(handlerName);
            String stream = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
                    + "/[$LATEST]" + HexFormat.of().formatHex(Ids.randomBytes(16));
            return new FunctionInstance(functionName, handler, contexts, classes, stream);
        } catch (ClassNotFoundException e) {
            throw new UserFault("Error loading class " + e.getMessage(), e.getClass().getName(), true);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    String logStream() {
        return logStream;
    }

    /** What one call of the handler came to; {@code reusable} is false when the instance must not serve again. */
    record Attempt(byte[] payload, boolean failed, boolean reusable) {}

    Attempt invoke(byte[] event, LambdaContexts.Invocation invocation, InvocationLog log) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classes);
        BoundedOutput out = new BoundedOutput(ErrorPayloads.MAX_RESPONSE_BYTES);
        try {
            handler.handle(event, out, contexts.create(invocation, log));
            if (out.overflowed()) {
                return new Attempt(ErrorPayloads.responseTooLarge(), true, true);
            }
            return new Attempt(out.toByteArray(), false, true);
        } catch (UserFault fault) {
            return new Attempt(ErrorPayloads.fault(fault), true, !fault.fatal());
        } catch (Throwable t) {
            // like the AWS runtime, a VirtualMachineError ends the environment; anything else leaves it warm
            return new Attempt(ErrorPayloads.thrown(t), true, !(t instanceof VirtualMachineError));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public String toString() {
        return "FunctionInstance[" + functionName + ", " + logStream + "]";
    }
}
