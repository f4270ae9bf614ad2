package org.officeapi.emulator.auth.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces policy variables in {@code Resource} and condition values of 2012-10-17 documents:
 * {@code ${aws:username}} and any other single-valued context key (names without case),
 * {@code ${key, 'default'}} (with {@code ''} for a quote inside the default), and the escapes
 * {@code ${*}}, {@code ${?}} and {@code ${$}}, which stand for the character itself and never act as
 * a wildcard. One pass only: a replacement is never read again for variables.
 */
final class PolicyVariables {

    private static final Pattern KEY_AND_DEFAULT = Pattern.compile("\\s*([^,\\s']+)\\s*(?:,\\s*'((?:[^']|'')*)'\\s*)?");

    private PolicyVariables() {}

    /**
     * The value with its variables replaced, or null when a variable names a key the request does not
     * have (or has several values for) and gives no default: IAM then treats the statement as not
     * matching (AWS: "If AWS cannot resolve a variable this might cause the entire statement to be invalid").
     */
    static ValuePattern expand(String raw, boolean substitute, RequestContext request) {
        if (!substitute || !raw.contains("${")) {
            return ValuePattern.of(raw);
        }
        ValuePattern.Builder out = new ValuePattern.Builder();
        int at = 0;
        while (at < raw.length()) {
            int open = raw.indexOf("${", at);
            int close = open < 0 ? -1 : raw.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                out.wildcardsOf(raw.substring(at));
                break;
            }
            out.wildcardsOf(raw.substring(at, open));
            String inside = raw.substring(open + 2, close);
            String trimmed = inside.trim();
            if (trimmed.equals("*") || trimmed.equals("?") || trimmed.equals("$")) {
                out.literal(trimmed);
            } else {
                String value = resolve(inside, request);
                if (value == null) {
                    return null;
                }
                out.literal(value);
            }
            at = close + 1;
        }
        return out.build();
    }

    private static String resolve(String inside, RequestContext request) {
        Matcher m = KEY_AND_DEFAULT.matcher(inside);
        if (!m.matches()) {
            return null;
        }
        List<String> values = request.values(m.group(1));
        if (values != null && values.size() == 1) {
            return values.get(0);
        }
        return m.group(2) == null ? null : m.group(2).replace("''", "'");
    }
}
