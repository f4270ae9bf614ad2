package org.officeapi.emulator.lambda.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Makes the {@code Context} a handler receives, as an implementation of the function's own
 * {@code com.amazonaws.services.lambda.runtime.Context} interface (and its {@code LambdaLogger}): request
 * id, function name, version and ARN, memory limit, log group and stream, an X-Ray trace id, and the time
 * left before the timeout, read from the embedded AWS's clock.
 */
final class LambdaContexts {

    private final ClassLoader classes;
    private final Class<?> contextType;
    private final Class<?> loggerType;

    LambdaContexts(ClassLoader classes) throws ClassNotFoundException {
        this.classes = classes;
        this.contextType = classes.loadClass("com.amazonaws.services.lambda.runtime.Context");
        this.loggerType = classes.loadClass("com.amazonaws.services.lambda.runtime.LambdaLogger");
    }

    /** What a Context tells about one invocation. {@code deadline} is in the clock's epoch milliseconds. */
    record Invocation(String requestId, String functionName, String functionArn, int memorySize, String logStream,
                      String traceId, long deadline, Clock clock) {}

    Object create(Invocation invocation, InvocationLog log) {
        Object logger = Proxy.newProxyInstance(classes, new Class<?>[]{loggerType}, loggerHandler(log));
        return Proxy.newProxyInstance(classes, new Class<?>[]{contextType}, (proxy, method, args) -> switch (method.getName()) {
            case "getAwsRequestId" -> invocation.requestId();
            case "getLogGroupName" -> "/aws/lambda/" + invocation.functionName();
            case "getLogStreamName" -> invocation.logStream();
            case "getFunctionName" -> invocation.functionName();
            case "getFunctionVersion" -> "$LATEST";
            case "getInvokedFunctionArn" -> invocation.functionArn();
            case "getMemoryLimitInMB" -> invocation.memorySize();
            case "getRemainingTimeInMillis" -> (int) Math.max(0, invocation.deadline() - invocation.clock().millis());
            case "getXrayTraceId" -> invocation.traceId();
            case "getLogger" -> logger;
            case "getIdentity", "getClientContext", "getTenantId" -> null;
            default -> objectMethod(proxy, method, args, "LambdaContext[" + invocation.requestId() + "]");
        });
    }

    private static InvocationHandler loggerHandler(InvocationLog log) {
        return (proxy, method, args) -> {
            if (method.getName().equals("log") && args != null && args.length >= 1) {
                if (args[0] instanceof String text) {
                    log.function(text);
                } else if (args[0] instanceof byte[] bytes) {
                    log.function(new String(bytes, StandardCharsets.UTF_8));
                }
                return null;
            }
            return objectMethod(proxy, method, args, "LambdaLogger");
        };
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, String name) throws Throwable {
        return switch (method.getName()) {
            case "toString" -> name;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> args != null && args.length == 1 && proxy == args[0];
            default -> {
                if (method.isDefault()) {
                    yield InvocationHandler.invokeDefault(proxy, method, args);
                }
                yield defaultValue(method.getReturnType());
            }
        };
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive() || type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0);
    }
}
