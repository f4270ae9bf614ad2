package org.officeapi.emulator.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one way a raw query string (or a form body) is split here: {@code &}-separated pieces, empty ones
 * skipped, each a name up to its first {@code =} and the value after it ({@code ""} without one). How a name
 * or value is decoded is the caller's: the protocols, execute-api and SigV4 differ in what {@code +} means and
 * in what they do with a malformed escape.
 */
public final class QueryString {

    /** One {@code name=value} piece, decoded. */
    public record Pair(String name, String value) {}

    private QueryString() {}

    /** Every piece in the order sent, repeats included. */
    public static List<Pair> pairs(String rawQuery, UnaryOperator<String> decode) {
        List<Pair> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String piece : rawQuery.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            int equals = piece.indexOf('=');
            String name = decode.apply(equals < 0 ? piece : piece.substring(0, equals));
            String value = equals < 0 ? "" : decode.apply(piece.substring(equals + 1));
            pairs.add(new Pair(name, value));
        }
        return pairs;
    }

    /** Each name with its values, names in the order first sent, values in the order sent. */
    public static Map<String, List<String>> parameters(String rawQuery, UnaryOperator<String> decode) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Pair pair : pairs(rawQuery, decode)) {
            parameters.computeIfAbsent(pair.name(), n -> new ArrayList<>()).add(pair.value());
        }
        return parameters;
    }
}
