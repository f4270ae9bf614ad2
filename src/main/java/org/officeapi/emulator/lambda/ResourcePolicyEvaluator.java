package org.officeapi.emulator.lambda;

import org.officeapi.emulator.lambda.model.PermissionStatement;

import java.util.List;
import java.util.Locale;

/**
 * Decides whether a function's resource-based policy lets an AWS service (API Gateway, S3, …) invoke
 * it on behalf of a source, as Lambda does before a service-initiated invocation: some statement must
 * name the service principal (or {@code *}), allow {@code lambda:InvokeFunction} (or a wildcard), and have
 * every condition met: {@code ArnLike AWS:SourceArn} against the source ARN, each of its six
 * colon-separated parts matched on its own with {@code *} and {@code ?} wildcards, and
 * {@code StringEquals AWS:SourceAccount} against the source's account. A statement with a condition a
 * service invocation cannot meet (an organisation, an event source token, a function URL auth type)
 * does not apply. Statements only allow, so the first that applies decides.
 */
public final class ResourcePolicyEvaluator {

    private static final String INVOKE = "lambda:InvokeFunction";

    private ResourcePolicyEvaluator() {}

    public static boolean allowsService(List<PermissionStatement> statements, String servicePrincipal, String sourceArn) {
        String sourceAccount = accountOf(sourceArn);
        for (PermissionStatement s : statements) {
            if (principalMatches(s.principal(), servicePrincipal) && actionMatches(s.action())
                    && (s.sourceArn() == null || arnLike(s.sourceArn(), sourceArn))
                    && (s.sourceAccount() == null || s.sourceAccount().equals(sourceAccount))
                    && s.principalOrgId() == null && s.eventSourceToken() == null && s.functionUrlAuthType() == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean principalMatches(PermissionStatement.Principal principal, String servicePrincipal) {
        return switch (principal.kind()) {
            case ANYONE -> true;
            case SERVICE -> principal.value().equalsIgnoreCase(servicePrincipal);
            case AWS -> false;
        };
    }

    private static boolean actionMatches(String action) {
        // IAM action names are case-insensitive
        String a = action.toLowerCase(Locale.ROOT);
        return a.equals("*") || a.equals("lambda:*") || a.equals(INVOKE.toLowerCase(Locale.ROOT));
    }

    /** IAM's ArnLike: the six colon-separated parts of an ARN matched one by one, each with * and ? wildcards. */
    static boolean arnLike(String pattern, String arn) {
        if (arn == null) {
            return false;
        }
        String[] p = pattern.split(":", 6);
        String[] a = arn.split(":", 6);
        if (p.length != 6 || a.length != 6) {
            return pattern.equals(arn);
        }
        for (int i = 0; i < 6; i++) {
            if (!glob(p[i], a[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@code *} matches any run of characters (none included), {@code ?} any one character; case-sensitive. */
    static boolean glob(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static String accountOf(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 ? parts[4] : "";
    }
}
