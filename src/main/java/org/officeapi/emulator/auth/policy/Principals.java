package org.officeapi.emulator.auth.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A statement's {@code Principal} (or {@code NotPrincipal}): either {@code "*"} (everyone) or
 * values by principal type ({@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}).
 */
public record Principals(boolean everyone, Map<String, List<String>> byType) {

    public Principals {
        byType = Map.copyOf(byType);
    }

    /** Whether this block names the principal {@code value} of {@code type}. */
    boolean names(String type, String value) {
        if (everyone) {
            return true;
        }
        List<String> values = byType.get(type);
        if (values == null) {
            return false;
        }
        for (String named : values) {
            if (type.equals("AWS") ? namesAwsPrincipal(named, value) : named.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code "*"} is every AWS principal; an account id or its root ARN stands for every principal of
     * that account; any other ARN names exactly that principal.
     */
    private static boolean namesAwsPrincipal(String named, String principalArn) {
        if (named.equals("*") || named.equals(principalArn)) {
            return true;
        }
        String account = named.matches("\\d{12}") ? named
                : named.matches("arn:aws:iam::\\d{12}:root") ? named.substring("arn:aws:iam::".length(), "arn:aws:iam::".length() + 12)
                : null;
        if (account == null) {
            return false;
        }
        String[] parts = principalArn.split(":", 6);
        return parts.length == 6 && parts[4].equals(account) && parts[0].equals("arn")
                && (parts[2].toLowerCase(Locale.ROOT).equals("iam") || parts[2].toLowerCase(Locale.ROOT).equals("sts"));
    }
}
