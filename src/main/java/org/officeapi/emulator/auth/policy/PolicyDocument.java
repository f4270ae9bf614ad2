package org.officeapi.emulator.auth.policy;

import java.util.List;

/**
 * A parsed and validated IAM policy document.
 *
 * @param version {@code 2012-10-17} or {@code 2008-10-17}; a document without {@code Version} follows 2008-10-17
 * @param text    the document exactly as it was given
 */
public record PolicyDocument(String version, String id, List<Statement> statements, String text) {

    public static final String VERSION_2012 = "2012-10-17";
    public static final String VERSION_2008 = "2008-10-17";

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    /**
     * Parses and validates {@code text} as a policy of the given kind.
     *
     * @throws MalformedPolicyException with IAM's message when IAM would refuse the document
     */
    public static PolicyDocument parse(String text, PolicyKind kind) {
        return PolicyParser.parse(text, kind);
    }

    /** Only 2012-10-17 documents replace {@code ${…}} with request values; older ones keep them as text. */
    public boolean substitutesVariables() {
        return VERSION_2012.equals(version);
    }

    /** The document's size as IAM counts it against its quotas: every character but whitespace. */
    public static int quotaSize(String text) {
        int size = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                size++;
            }
        }
        return size;
    }
}
