package org.officeapi.emulator.iam;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ARNs of IAM's roles and policies: {@code arn:aws:iam::{account}:role{path}{name}}, path included. */
final class IamArns {

    private static final Pattern ENTITY = Pattern.compile("arn:aws:iam::(\\d{12}|aws):(role|policy|user|group)(/(?:.*/)?)([^/]+)");

    /** A parsed IAM entity ARN. */
    record Parsed(String account, String type, String path, String name) {}

    private IamArns() {}

    static String role(String account, String path, String name) {
        return "arn:aws:iam::" + account + ":role" + path + name;
    }

    static String policy(String account, String path, String name) {
        return "arn:aws:iam::" + account + ":policy" + path + name;
    }

    static Optional<Parsed> parse(String arn) {
        if (arn == null) {
            return Optional.empty();
        }
        Matcher m = ENTITY.matcher(arn);
        return m.matches() ? Optional.of(new Parsed(m.group(1), m.group(2), m.group(3), m.group(4))) : Optional.empty();
    }
}
