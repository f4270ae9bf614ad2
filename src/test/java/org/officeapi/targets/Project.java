package org.officeapi.targets;

import java.nio.file.Path;

/** Where the project is and what it runs child processes with. */
final class Project {

    private Project() {}

    /** The project's directory: Maven's {@code basedir}, else the working directory (Failsafe runs there). */
    static Path dir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /** This JVM's java, for the child processes. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test classpath: Surefire/Failsafe put the real one here (the JVM's own may be a manifest-only jar). */
    static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
