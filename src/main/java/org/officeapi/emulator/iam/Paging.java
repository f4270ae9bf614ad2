package org.officeapi.emulator.iam;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * IAM's {@code Marker}/{@code MaxItems} paging: at most {@code MaxItems} (default 100) items, and when
 * more remain {@code IsTruncated=true} with an opaque marker that resumes after the last item given.
 */
final class Paging {

    static final int DEFAULT_MAX_ITEMS = 100;

    record Page<T>(List<T> items, boolean truncated, String nextMarker) {}

    private Paging() {}

    /** A page of {@code sorted} (in the order of {@code key}), starting after the item the marker names. */
    static <T> Page<T> page(List<T> sorted, Function<T, String> key, String marker, Integer maxItems) {
        int from = 0;
        if (marker != null) {
            String after = decode(marker);
            while (from < sorted.size() && key.apply(sorted.get(from)).compareTo(after) <= 0) {
                from++;
            }
        }
        int size = maxItems == null ? DEFAULT_MAX_ITEMS : maxItems;
        int to = Math.min(sorted.size(), from + size);
        List<T> items = List.copyOf(sorted.subList(from, to));
        boolean truncated = to < sorted.size();
        return new Page<>(items, truncated, truncated ? encode(key.apply(items.get(items.size() - 1))) : null);
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("iam-marker:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String marker) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            if (!text.startsWith("iam-marker:")) {
                throw IamErrors.invalidMarker();
            }
            return text.substring("iam-marker:".length());
        } catch (IllegalArgumentException e) {
            throw IamErrors.invalidMarker();
        }
    }
}
