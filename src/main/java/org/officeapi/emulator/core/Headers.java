package org.officeapi.emulator.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** HTTP headers as received: names compared without case, every value of a repeated header kept in order. */
public final class Headers {

    private final Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public Headers add(String name, String value) {
        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    public Optional<String> first(String name) {
        List<String> values = byName.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String firstOrNull(String name) {
        return first(name).orElse(null);
    }

    public List<String> all(String name) {
        return Collections.unmodifiableList(byName.getOrDefault(name, List.of()));
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** Header names in lower case, sorted. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        byName.keySet().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        Collections.sort(names);
        return names;
    }

    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(byName);
    }
}
