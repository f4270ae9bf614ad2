package org.officeapi.emulator.iam;

import org.officeapi.emulator.core.AwsErrorException;
import software.amazon.awssdk.services.iam.model.Tag;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** IAM's tag rules: keys are unique without regard to case; a new value replaces the old one. */
final class IamTags {

    private IamTags() {}

    /** {@code existing} with {@code added} merged in, refusing duplicates within {@code added} and more than 50 tags. */
    static Map<String, String> merge(Map<String, String> existing, List<Tag> added) {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Tag tag : added) {
            if (!seen.add(tag.key())) {
                // UNCONFIRMED: remembered wording
                throw new AwsErrorException("InvalidInput", 400, "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
        }
        Map<String, String> merged = new LinkedHashMap<>(existing);
        for (Tag tag : added) {
            merged.keySet().removeIf(key -> key.equalsIgnoreCase(tag.key()));
            merged.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
        if (merged.size() > IamQuotas.TAGS_PER_ROLE) {
            throw IamErrors.tooManyTags();
        }
        return merged;
    }

    static Map<String, String> remove(Map<String, String> existing, Collection<String> keys) {
        Map<String, String> out = new LinkedHashMap<>(existing);
        for (String key : keys) {
            String lower = key.toLowerCase(Locale.ROOT);
            out.keySet().removeIf(k -> k.toLowerCase(Locale.ROOT).equals(lower));
        }
        return out;
    }
}
