package org.officeapi.calls;

import java.util.regex.Pattern;

/** Masks what must never reach a log or a report: JWTs, SigV4 signatures and session tokens, access key secrets. */
public final class Redaction {

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern AUTHORIZATION = Pattern.compile("(Authorization=)[^'\"\\n]*");
    private static final Pattern SIGNATURE = Pattern.compile("(Signature=)[0-9a-fA-F]+");
    private static final Pattern SECURITY_TOKEN = Pattern.compile("((?i)x-amz-security-token[:=]\\s*)[^\\s'\",&]+");

    private Redaction() {}

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = JWT.matcher(text).replaceAll("<token>");
        out = AUTHORIZATION.matcher(out).replaceAll("$1<redacted>");
        out = SIGNATURE.matcher(out).replaceAll("$1<redacted>");
        return SECURITY_TOKEN.matcher(out).replaceAll("$1<redacted>");
    }
}
