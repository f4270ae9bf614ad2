package org.officeapi.emulator.cognitoidentity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque {@code NextToken}s: where the next page starts (a creation sequence number), so that a page
 * stays stable while other items are created or deleted.
 */
final class PageToken {

    private static final String PREFIX = "page:";

    private PageToken() {}

    static String encode(long from) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + from).getBytes(StandardCharsets.UTF_8));
    }

    /** 0 (the start) for no token; a token this service did not write is refused. */
    static long decode(String token) {
        if (token == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return Long.parseLong(text.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException malformed) {
            // falls through to the refusal
        }
        // UNCONFIRMED wording
        throw CognitoIdentityErrors.invalidParameter("Invalid pagination token.");
    }
}
