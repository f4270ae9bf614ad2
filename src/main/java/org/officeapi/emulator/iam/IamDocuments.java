package org.officeapi.emulator.iam;

import org.officeapi.emulator.auth.policy.MalformedPolicyException;
import org.officeapi.emulator.auth.policy.PolicyDocument;
import org.officeapi.emulator.auth.policy.PolicyKind;

import java.nio.charset.StandardCharsets;

/** How IAM takes policy documents in (validated, with its messages) and gives them back (URL-encoded). */
final class IamDocuments {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private IamDocuments() {}

    /** The parsed document, or IAM's MalformedPolicyDocument error. */
    static PolicyDocument parse(String text, PolicyKind kind) {
        try {
            return PolicyDocument.parse(text, kind);
        } catch (MalformedPolicyException e) {
            throw IamErrors.malformedPolicy(e.getMessage());
        }
    }

    /**
     * IAM returns policy documents "URL-encoded compliant with RFC 3986" (GetRole, GetRolePolicy,
     * GetPolicyVersion): every byte of the UTF-8 text but the unreserved characters as {@code %XX}.
     * The AWS CLI and boto decode them with {@code unquote}, the Java SDK leaves that to the caller.
     */
    static String urlEncode(String document) {
        StringBuilder out = new StringBuilder(document.length() * 2);
        for (byte b : document.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
