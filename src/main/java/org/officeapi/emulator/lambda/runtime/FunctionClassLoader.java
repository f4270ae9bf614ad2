package org.officeapi.emulator.lambda.runtime;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The class loader of one function instance, like the AWS Java runtime's customer class loader: classes
 * and resources come from the deployment package only. Its parent is the platform class loader, so none
 * of the embedded AWS's own classes (nor its Jackson, nor its SDK) can leak into a function. The
 * Lambda runtime interfaces ({@code Context}, {@code RequestHandler}, …) are the package's own when it
 * bundles aws-lambda-java-core; when it does not, they come from {@link RuntimeApiClassLoader}, as the
 * real runtime provides them.
 */
final class FunctionClassLoader extends ClassLoader {

    private final CodeArchive archive;
    private final ClassLoader runtimeApi;
    private final URLStreamHandler resources = new ArchiveResources();

    FunctionClassLoader(String functionName, CodeArchive archive, ClassLoader runtimeApi) {
        super("lambda:" + functionName, ClassLoader.getPlatformClassLoader());
        this.archive = archive;
        this.runtimeApi = runtimeApi;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = archive.resource(name.replace('.', '/') + ".class");
        if (bytes == null) {
            if (RuntimeApiClassLoader.provides(name)) {
                return runtimeApi.loadClass(name);
            }
            throw new ClassNotFoundException(name);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String pkg = name.substring(0, dot);
            if (getDefinedPackage(pkg) == null) {
                try {
                    definePackage(pkg, null, null, null, null, null, null, null);
                } catch (IllegalArgumentException alreadyDefinedConcurrently) {
                    // another thread defined it first
                }
            }
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    protected URL findResource(String name) {
        if (archive.resource(name) == null) {
            return null;
        }
        try {
            return new URL(null, "lambda-code:/" + name, resources);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL url = findResource(name);
        return url == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(url));
    }

    static {
        ClassLoader.registerAsParallelCapable();
    }

    /** Serves {@code lambda-code:/name} URLs from the package's bytes. */
    private final class ArchiveResources extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) {
            String name = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() throws java.io.FileNotFoundException {
                    byte[] bytes = archive.resource(name);
                    if (bytes == null) {
                        throw new java.io.FileNotFoundException(name);
                    }
                    return new ByteArrayInputStream(bytes);
                }
            };
        }
    }
}
