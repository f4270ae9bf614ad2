package org.officeapi.emulator.auth.sigv4;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…}, parsed with AWS's complaints
 * for each way it can be incomplete.
 */
record AuthorizationHeader(CredentialScope scope, List<String> signedHeaders, String signature) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    /**
     * @param value        the header as sent
     * @param hasDateHeader whether the request carries X-Amz-Date or Date (AWS names its absence in the same message)
     */
    static AuthorizationHeader parse(String value, boolean hasDateHeader) {
        Map<String, String> parts = new LinkedHashMap<>();
        String trimmed = value.trim();
        // AWS reads the first word as the scheme and checks the rest as key=value pairs whatever the scheme:
        // "Bearer <jwt>" gets "'<jwt>' not a valid key=value pair (missing equal-sign) …", as observed on API
        // Gateway and other AWS front ends; a lone token with no scheme word gets the "requires" message below
        int space = firstWhitespace(trimmed);
        String scheme = space < 0 ? trimmed : trimmed.substring(0, space);
        String pairs = space < 0 ? "" : trimmed.substring(space + 1);
        for (String piece : pairs.split(",")) {
            String part = piece.trim();
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals < 0) {
                throw SignatureFailure.incomplete("'" + part + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
                        + value + "'.");
            }
            parts.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
        }
        if (!scheme.equals(ALGORITHM)) {
            // well-formed pairs under another scheme are no SigV4 signature: reported as missing all of it
            parts.clear();
        }
        StringBuilder missing = new StringBuilder();
        for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
            if (parts.getOrDefault(name, "").isEmpty()) {
                missing.append("Authorization header requires '").append(name).append("' parameter. ");
            }
        }
        if (!hasDateHeader) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (!missing.isEmpty()) {
            throw SignatureFailure.incomplete(missing + "Authorization=" + value);
        }
        return new AuthorizationHeader(CredentialScope.parse(parts.get("Credential")),
                List.of(parts.get("SignedHeaders").split(";")), parts.get("Signature"));
    }

    private static int firstWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
