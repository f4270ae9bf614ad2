package org.officeapi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the project is, what it runs child processes with, and the build directory the ITs write into. */
public final class Project {

    private Project() {}

    /** The project's directory: Maven's {@code basedir}, else the working directory (Failsafe runs there). */
    public static Path dir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /** Maven's build directory, {@code target/}: the packaged jars, and the ITs' logs and reports. */
    public static Path buildDir() {
        return dir().resolve("target");
    }

    /** This JVM's java, for the child processes. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test classpath: Surefire/Failsafe put the real one here (the JVM's own may be a manifest-only jar). */
    public static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Removes a directory and everything in it (nothing when it does not exist), so that a run starts clean. */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + directory, e);
        }
    }
}
