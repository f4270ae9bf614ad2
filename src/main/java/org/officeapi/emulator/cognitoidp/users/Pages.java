package org.officeapi.emulator.cognitoidp.users;

import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Pagination as the List* operations do it: at most {@code limit} items, and an opaque token for the rest
 * (here the offset of the next item, encoded; a token from another listing or a changed list is taken as it is).
 */
public final class Pages {

    /** One page and the token for the next, null on the last page. */
    public record Page<T>(List<T> items, String nextToken) {}

    private Pages() {}

    public static <T> Page<T> of(List<T> all, Integer limit, String token, int defaultLimit) {
        int size = limit == null || limit == 0 ? defaultLimit : limit;
        int from = token == null ? 0 : offset(token);
        if (from > all.size()) {
            throw CognitoIdpErrors.invalidPaginationToken();
        }
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), to < all.size() ? encode(to) : null);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("page:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!decoded.startsWith("page:")) {
                throw CognitoIdpErrors.invalidPaginationToken();
            }
            int offset = Integer.parseInt(decoded.substring("page:".length()));
            if (offset < 0) {
                throw CognitoIdpErrors.invalidPaginationToken();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw CognitoIdpErrors.invalidPaginationToken();
        }
    }
}
