package org.officeapi.emulator.lambda.runtime;

import java.io.IOException;
import java.io.InputStream;

/**
 * What the AWS Java runtime itself provides to every function: the interfaces of aws-lambda-java-core
 * ({@code com.amazonaws.services.lambda.runtime} and its {@code logging} package), defined afresh from
 * the embedded AWS's copy of that library for each function instance, so that no instance shares a
 * class with the embedded AWS or with another instance. Events (aws-lambda-java-events) are not part of
 * the runtime: a function brings them.
 */
final class RuntimeApiClassLoader extends ClassLoader {

    private static final String CORE_PACKAGE = "com.amazonaws.services.lambda.runtime";

    RuntimeApiClassLoader() {
        super("lambda-runtime-api", ClassLoader.getPlatformClassLoader());
    }

    static boolean provides(String className) {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        return pkg.equals(CORE_PACKAGE) || pkg.equals(CORE_PACKAGE + ".logging");
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!provides(name)) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream in = RuntimeApiClassLoader.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    static {
        ClassLoader.registerAsParallelCapable();
    }
}
