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
        if (trimmed.startsWith(ALGORITHM + " ")) {
            for (String piece : trimmed.substring(ALGORITHM.length()).split(",")) {
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
}
