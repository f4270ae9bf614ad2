package org.officeapi.target;

import java.util.Locale;

/** Chooses the target from {@code -Dtarget=embedded|localstack|aws|existing} (default embedded). */
public final class Targets {

    public static final String PROPERTY = "target";

    private Targets() {}

    public static Target fromSystemProperties() {
        String name = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (name.isEmpty() ? "embedded" : name) {
            case "embedded" -> new EmbeddedTarget();
            case "localstack" -> LocalStackTarget.fromSystemProperties();
            case "aws" -> AwsTarget.fromSystemProperties();
            case "existing" -> ExistingTarget.fromSystemProperties();
            default -> throw new TargetUnavailableException("unknown target '" + name
                    + "': use -Dtarget=embedded, localstack, aws or existing");
        };
    }
}
