package org.officeapi.emulator.auth.sigv4;

import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.QueryString;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical request of SigV4, built from a request as it arrived on the wire. Every service in
 * this slice (none is S3) normalises the path per RFC 3986 and then encodes the already-encoded path
 * once more, which is why a {@code %20} on the wire reads {@code %2520} here.
 */
final class CanonicalRequest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CanonicalRequest() {}

    /**
     * @param excludedQueryParameters query parameters left out (the signature itself, when presigned)
     */
    static String of(HttpRequest request, List<String> signedHeaders, boolean normalizePath, String payloadHash,
                     Set<String> excludedQueryParameters) {
        return request.method() + "\n"
                + canonicalUri(request.rawPath(), normalizePath) + "\n"
                + canonicalQuery(request.rawQuery(), excludedQueryParameters) + "\n"
                + canonicalHeaders(request, signedHeaders) + "\n"
                + String.join(";", signedHeaders) + "\n"
                + payloadHash;
    }

    static String canonicalUri(String rawPath, boolean normalize) {
        String path = rawPath.isEmpty() ? "/" : rawPath;
        if (normalize) {
            path = removeDotSegments(path);
        }
        return encode(path, true);
    }

    /** RFC 3986 §5.2.4, plus collapsing empty segments ({@code //example//} → {@code /example/}). */
    static String removeDotSegments(String path) {
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                kept.pollLast();
            } else {
                kept.addLast(segment);
            }
        }
        String last = segments[segments.length - 1];
        boolean trailingSlash = last.isEmpty() || last.equals(".") || last.equals("..");
        String joined = "/" + String.join("/", kept);
        return trailingSlash && !kept.isEmpty() ? joined + "/" : joined;
    }

    static String canonicalQuery(String rawQuery, Set<String> excluded) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (QueryString.Pair pair : QueryString.pairs(rawQuery, CanonicalRequest::decode)) {
            if (!excluded.contains(pair.name())) {
                pairs.add(new String[] {encode(pair.name(), false), encode(pair.value(), false)});
            }
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder out = new StringBuilder();
        for (String[] pair : pairs) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }

    static String canonicalHeaders(HttpRequest request, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder();
        Map<String, List<String>> headers = request.headers().asMap();
        for (String name : signedHeaders) {
            List<String> values = headers.getOrDefault(name, List.of());
            List<String> normalised = new ArrayList<>(values.size());
            for (String value : values) {
                normalised.add(WHITESPACE.matcher(value.trim()).replaceAll(" "));
            }
            out.append(name.toLowerCase(Locale.ROOT)).append(':').append(String.join(",", normalised)).append('\n');
        }
        return out.toString();
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters (and '/' in paths), upper-case hex. */
    static String encode(String value, boolean keepSlash) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Decodes %XX escapes; anything that is not a valid escape stays as it is ({@code +} included). */
    static String decode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            int hi = i + 2 < value.length() && value.charAt(i) == '%' ? Character.digit(value.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(value.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int codePoint = value.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
