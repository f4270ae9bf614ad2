package org.officeapi.emulator.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds deployment packages for tests, in the layout the AWS Java runtime loads: the given classes
 * (with their nested classes) at the root, and the Lambda libraries as jars under {@code lib/}.
 */
public final class FixtureZips {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private FixtureZips() {}

    public static FixtureZips create() {
        return new FixtureZips();
    }

    /** A package with the handler classes and the Lambda libraries, as Maven's assembly would build it. */
    public static byte[] of(Class<?>... classes) {
        FixtureZips zip = create().withLambdaLibraries();
        for (Class<?> c : classes) {
            zip.withClass(c);
        }
        return zip.bytes();
    }

    public FixtureZips withClass(Class<?> type) {
        entry(type.getName().replace('.', '/') + ".class", classBytes(type));
        for (Class<?> nested : type.getDeclaredClasses()) {
            withClass(nested);
        }
        return this;
    }

    /** aws-lambda-java-core, aws-lambda-java-events and joda-time, from the test classpath. */
    public FixtureZips withLambdaLibraries() {
        return withJarOf(Context.class).withJarOf(APIGatewayProxyRequestEvent.class).withJarOf(org.joda.time.DateTime.class);
    }

    public FixtureZips withJarOf(Class<?> type) {
        try {
            Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return entry("lib/" + jar.getFileName(), Files.readAllBytes(jar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public FixtureZips entry(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] classBytes(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class file for " + type);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
