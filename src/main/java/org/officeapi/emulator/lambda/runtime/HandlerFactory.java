package org.officeapi.emulator.lambda.runtime;

import com.fasterxml.jackson.databind.JavaType;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a function's handler ready the way the AWS Java runtime does
 * (https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html): {@code package.Class} names a class
 * implementing {@code RequestHandler} or {@code RequestStreamHandler}; {@code package.Class::method} names
 * a public method, chosen among its overloads by the runtime's rules (longer signatures first, a
 * trailing Context counting one more) from the signatures it accepts: (InputStream, OutputStream,
 * Context) and its subsets, (event, Context), (event), (Context) and (). The class is instantiated once,
 * through its public no-argument constructor, unless the method is static. Failures are the runtime's
 * faults with its messages.
 */
final class HandlerFactory {

    private static final String RUNTIME = "com.amazonaws.services.lambda.runtime.";

    private final ClassLoader classes;
    private final EventMapper mapper;
    private final Class<?> contextType;

    HandlerFactory(ClassLoader classes, EventMapper mapper) throws ClassNotFoundException {
        this.classes = classes;
        this.mapper = mapper;
        this.contextType = classes.loadClass(RUNTIME + "Context");
    }

    /** The handler named by {@code handler}; a non-fatal fault comes back as a {@link LoadedHandler.Faulty}. */
    LoadedHandler load(String handler) throws UserFault {
        try {
            return loadOrFail(handler);
        } catch (UserFault fault) {
            if (fault.fatal()) {
                throw fault;
            }
            return new LoadedHandler.Faulty(fault);
        }
    }

    private LoadedHandler loadOrFail(String handler) throws UserFault {
        int colons = handler.lastIndexOf("::");
        String className = colons < 0 ? handler : handler.substring(0, colons);
        String methodName = colons < 0 ? null : handler.substring(colons + 2);
        if (className.isEmpty() || (methodName != null && methodName.isEmpty())) {
            throw new UserFault("Invalid handler: `" + handler + "'", null, false);
        }
        Class<?> type;
        try {
            type = Class.forName(className, true, classes);
        } catch (ClassNotFoundException e) {
            throw new UserFault("Class not found: " + className, e.getClass().getName(), false);
        } catch (NoClassDefFoundError e) {
            throw loadingFailed(e, className, false);
        } catch (Throwable t) {
            // a static initialiser that threw: the runtime cannot go on
            throw loadingFailed(t, className, true);
        }
        return methodName == null ? handlerClass(type) : handlerMethod(type, methodName);
    }

    private static UserFault loadingFailed(Throwable t, String className, boolean fatal) {
        return new UserFault("Error loading class " + className + (t.getMessage() == null ? "" : ": " + t.getMessage()),
                t.getClass().getName(), fatal);
    }

    private LoadedHandler handlerClass(Class<?> type) throws UserFault {
        Class<?> streamHandler = runtimeType("RequestStreamHandler");
        Class<?> requestHandler = runtimeType("RequestHandler");
        if (streamHandler != null && streamHandler.isAssignableFrom(type)) {
            Method handle = method(streamHandler, "handleRequest", InputStream.class, OutputStream.class, contextType);
            return new LoadedHandler.Stream(handle, instantiate(type), true, true, true);
        }
        if (requestHandler != null && requestHandler.isAssignableFrom(type)) {
            JavaType[] io = mapper.typeArguments(type, requestHandler);
            if (io == null) {
                throw new UserFault("Class " + type.getName() + " does not implement RequestHandler with concrete type parameters",
                        null, false);
            }
            Method handle = method(requestHandler, "handleRequest", Object.class, contextType);
            JavaType output = isVoid(io[1].getRawClass()) ? null : io[1];
            return new LoadedHandler.Pojo(handle, instantiate(type), io[0], output, true, mapper);
        }
        throw new UserFault("Class does not implement an appropriate handler interface: " + type.getName(), null, false);
    }

    private LoadedHandler handlerMethod(Class<?> type, String methodName) throws UserFault {
        List<Method> candidates = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(methodName)) {
                candidates.add(m);
            }
        }
        candidates.sort(priority);
        for (Method m : candidates) {
            LoadedHandler handler = overload(type, m);
            if (handler != null) {
                return handler;
            }
        }
        throw new UserFault("No public method named " + methodName + " with appropriate method signature found on class "
                + type.getName(), null, false);
    }

    /** The handler for one overload, or null when the runtime would ignore it. */
    private LoadedHandler overload(Class<?> type, Method m) throws UserFault {
        Class<?>[] p = m.getParameterTypes();
        Type[] generic = m.getGenericParameterTypes();
        JavaType output = isVoid(m.getReturnType()) ? null : mapper.type(m.getGenericReturnType());
        return switch (p.length) {
            case 0 -> pojo(type, m, null, output, false);
            case 1 -> p[0] == InputStream.class ? stream(type, m, true, false, false)
                    : p[0] == OutputStream.class ? stream(type, m, false, true, false)
                    : p[0] == contextType ? pojo(type, m, null, output, true)
                    : pojo(type, m, mapper.type(generic[0]), output, false);
            case 2 -> {
                if (p[0] == OutputStream.class) {
                    yield p[1] == contextType ? stream(type, m, false, true, true) : null;
                }
                if (p[0] == contextType) {
                    yield null;
                }
                if (p[0] == InputStream.class) {
                    yield p[1] == OutputStream.class ? stream(type, m, true, true, false)
                            : p[1] == contextType ? stream(type, m, true, false, true) : null;
                }
                yield p[1] == contextType ? pojo(type, m, mapper.type(generic[0]), output, true) : null;
            }
            case 3 -> p[0] == InputStream.class && p[1] == OutputStream.class && p[2] == contextType
                    ? stream(type, m, true, true, true) : null;
            default -> null;
        };
    }

    private LoadedHandler stream(Class<?> type, Method m, boolean in, boolean out, boolean context) throws UserFault {
        accessible(m);
        return new LoadedHandler.Stream(m, Modifier.isStatic(m.getModifiers()) ? null : instantiate(type), in, out, context);
    }

    private LoadedHandler pojo(Class<?> type, Method m, JavaType input, JavaType output, boolean context) throws UserFault {
        accessible(m);
        return new LoadedHandler.Pojo(m, Modifier.isStatic(m.getModifiers()) ? null : instantiate(type), input, output, context, mapper);
    }

    private static Object instantiate(Class<?> type) throws UserFault {
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
                throw new UserFault("Class " + type.getName() + " cannot be instantiated because it is a non-static inner class",
                        Exception.class.getName(), false);
            }
            throw new UserFault("Class " + type.getName() + " has no public zero-argument constructor", Exception.class.getName(), false);
        }
        accessible(constructor);
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            // the function's constructor threw: an init error, fatal to the instance
            throw UserFault.of(e.getCause() == null ? e : e.getCause(), true);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw UserFault.of(e, true);
        }
    }

    private Class<?> runtimeType(String simpleName) {
        try {
            return classes.loadClass(RUNTIME + simpleName);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) throws UserFault {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new UserFault("The runtime interface " + type.getName() + " has no " + name + " method", null, false);
        }
    }

    private static void accessible(java.lang.reflect.AccessibleObject member) {
        try {
            // a public method of a package-private class is still a handler, as on AWS
            member.setAccessible(true);
        } catch (RuntimeException ignored) {
            // stays as accessible as Java makes it
        }
    }

    private static boolean isVoid(Class<?> type) {
        return type == void.class || type == Void.class;
    }

    /** The runtime's overload order: non-bridge first, then longer signatures (a trailing Context counts one more). */
    private final Comparator<Method> priority = (left, right) -> {
        if (left.isBridge() != right.isBridge()) {
            return left.isBridge() ? 1 : -1;
        }
        return Integer.compare(weight(right), weight(left));
    };

    private int weight(Method m) {
        Class<?>[] p = m.getParameterTypes();
        return p.length + (p.length > 0 && p[p.length - 1] == contextType ? 1 : 0);
    }
}
