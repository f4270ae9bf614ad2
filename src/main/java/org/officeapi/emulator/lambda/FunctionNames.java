package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.CallContext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Lambda reads a {@code FunctionName}: a name ({@code my-function}), a name with a qualifier
 * ({@code my-function:$LATEST}), a partial ARN ({@code 123456789012:function:my-function}) or a full ARN
 * ({@code arn:aws:lambda:us-east-1:123456789012:function:my-function}), optionally qualified.
 */
public final class FunctionNames {

    public static final String LATEST = "$LATEST";

    // the FunctionName pattern of Lambda's service model, with groups for the parts
    private static final Pattern FUNCTION_NAME = Pattern.compile(
            "(?:arn:(?:aws[a-zA-Z-]*)?:lambda:)?(?:([a-z]{2}(?:(?:-gov)|(?:-iso[a-z]?))?-[a-z]+-\\d):)?(?:(\\d{12}):)?(?:function:)?"
                    + "([a-zA-Z0-9-_.]+)(?::(\\$LATEST|[a-zA-Z0-9-_]+))?");

    private FunctionNames() {}

    /** A function named in a request, resolved against the caller's account and region. */
    public record Reference(String name, String qualifier, String account, String region) {

        public String arn() {
            return FunctionNames.arn(region, account, name);
        }

        /** The ARN as Lambda names it in "not found" messages: qualified when the request was. */
        public String qualifiedArn() {
            return qualifier == null ? arn() : arn() + ":" + qualifier;
        }

        public boolean latest() {
            return qualifier == null || qualifier.equals(LATEST);
        }
    }

    public static String arn(String region, String account, String name) {
        return "arn:aws:lambda:" + region + ":" + account + ":function:" + name;
    }

    /**
     * Resolves {@code nameOrArn} (already checked against the model's pattern) for a call in
     * {@code context}. {@code action} (e.g. {@code lambda:GetFunction}) words the cross-account refusal.
     */
    public static Reference resolve(String nameOrArn, String qualifier, CallContext context, String action) {
        Matcher m = FUNCTION_NAME.matcher(nameOrArn);
        if (!m.matches()) {
            throw LambdaErrors.invalidParameter("Invalid function name: " + nameOrArn);
        }
        String region = m.group(1);
        String account = m.group(2);
        String name = m.group(3);
        String arnQualifier = m.group(4);
        if (region != null && !region.equals(context.region())) {
            throw LambdaErrors.notReachableFromRegion(region, context.region());
        }
        Reference reference = new Reference(name, qualifier != null ? qualifier : arnQualifier,
                account == null ? context.accountId() : account, context.region());
        if (account != null && !account.equals(context.accountId())) {
            throw LambdaErrors.crossAccount(context.caller() == null ? "anonymous" : context.caller().arn(), action, reference.arn());
        }
        if (qualifier != null && arnQualifier != null && !qualifier.equals(arnQualifier)) {
            throw LambdaErrors.qualifierMismatch();
        }
        return reference;
    }

    /** The parts of a full function ARN, or null when {@code arn} is not one. For callers inside AWS (API Gateway). */
    public static Reference parseArn(String arn) {
        Matcher m = FUNCTION_NAME.matcher(arn == null ? "" : arn);
        if (!m.matches() || !arn.startsWith("arn:") || m.group(1) == null || m.group(2) == null) {
            return null;
        }
        return new Reference(m.group(3), m.group(4), m.group(2), m.group(1));
    }
}
