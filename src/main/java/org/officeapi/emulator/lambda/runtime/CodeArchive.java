package org.officeapi.emulator.lambda.runtime;

import org.officeapi.emulator.lambda.LambdaErrors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A deployment package read the way the AWS Java runtime reads it: the zip's root is the classpath's
 * first entry ({@code /var/task}), then every jar under {@code lib/}. Kept in memory: nothing of a
 * function is written to disk, so nothing can escape the package's directory and nothing is left behind.
 */
public final class CodeArchive {

    /** Lambda's quota for a function's unzipped deployment package. */
    public static final long MAX_UNZIPPED_BYTES = 262_144_000L;

    private final Map<String, byte[]> classpath;

    private CodeArchive(Map<String, byte[]> classpath) {
        this.classpath = Collections.unmodifiableMap(classpath);
    }

    /**
     * Checks that {@code zip} is a zip Lambda can unpack and within the unzipped-size quota, as
     * CreateFunction does, and returns its unzipped size.
     */
    public static long check(byte[] zip) {
        if (!looksLikeZip(zip)) {
            throw unreadable();
        }
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                total += drain(in, MAX_UNZIPPED_BYTES - total);
                if (total >= MAX_UNZIPPED_BYTES) {
                    throw LambdaErrors.invalidParameter("Unzipped size must be smaller than " + MAX_UNZIPPED_BYTES + " bytes");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable();
        }
        return total;
    }

    /** The package's classpath: resource name to bytes, the root first, then each {@code lib/*.jar} in name order. */
    static CodeArchive read(byte[] zip) {
        Map<String, byte[]> root = new LinkedHashMap<>();
        Map<String, byte[]> libs = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                String name = entry.getName();
                if (name.startsWith("lib/") && name.endsWith(".jar") && name.indexOf('/', 4) < 0) {
                    libs.put(name, bytes);
                } else {
                    root.putIfAbsent(name, bytes);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("a package checked at CreateFunction no longer unzips", e);
        }
        Map<String, byte[]> classpath = new LinkedHashMap<>(root);
        for (byte[] jar : libs.values()) {
            readJar(jar, classpath);
        }
        return new CodeArchive(classpath);
    }

    private static void readJar(byte[] jar, Map<String, byte[]> classpath) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    byte[] bytes = in.readAllBytes();
                    classpath.putIfAbsent(entry.getName(), bytes);
                }
            }
        } catch (IOException e) {
            // a broken jar under lib/ is skipped, as a JVM skips an unreadable classpath entry
        }
    }

    byte[] resource(String name) {
        return classpath.get(name);
    }

    List<String> names() {
        return new ArrayList<>(classpath.keySet());
    }

    private static boolean looksLikeZip(byte[] zip) {
        // a local file header, or the end record of an empty archive
        return zip != null && zip.length >= 4 && zip[0] == 'P' && zip[1] == 'K'
                && ((zip[2] == 3 && zip[3] == 4) || (zip[2] == 5 && zip[3] == 6));
    }

    private static long drain(InputStream in, long allowed) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > allowed) {
                return read;
            }
        }
        return read;
    }

    private static RuntimeException unreadable() {
        return LambdaErrors.invalidParameter("Could not unzip uploaded file. Please check your file, then try to upload again.");
    }
}
