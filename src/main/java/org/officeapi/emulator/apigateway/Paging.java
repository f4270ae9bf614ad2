package org.officeapi.emulator.apigateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * API Gateway's {@code position}/{@code limit} paging. The position is an opaque token; here it encodes
 * the sort key of the first item of the next page, so that paging stays correct while items are added
 * or deleted between calls.
 */
final class Paging {

    /** AWS's default page size for API Gateway list calls. */
    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 500;

    record Page<T>(List<T> items, String position) {}

    private Paging() {}

    /** @param sorted items in the order of {@code key} */
    static <T> Page<T> page(List<T> sorted, Function<T, String> key, String position, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiGatewayErrors.invalidLimit();
        }
        String from = position == null ? null : decode(position);
        int start = 0;
        if (from != null) {
            while (start < sorted.size() && key.apply(sorted.get(start)).compareTo(from) < 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + size);
        String next = end < sorted.size() ? encode(key.apply(sorted.get(end))) : null;
        return new Page<>(List.copyOf(sorted.subList(start, end)), next);
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String position) {
        try {
            return new String(Base64.getUrlDecoder().decode(position), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiGatewayErrors.invalidPosition();
        }
    }
}
