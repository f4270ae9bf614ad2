package org.officeapi.emulator.protocol;

import org.officeapi.emulator.core.QueryString;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads awsQuery input (IAM, STS): form parameters such as {@code RoleName=x},
 * {@code Tags.member.1.Key=k} and {@code Map.entry.1.key=k} into an SDK model shape.
 */
public final class QueryForm {

    private QueryForm() {}

    /** Decodes an application/x-www-form-urlencoded string (a '+' is a space there). */
    public static Map<String, String> parse(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        // a name sent twice keeps its last value
        QueryString.pairs(form, QueryForm::decodeFormField).forEach(pair -> params.put(pair.name(), pair.value()));
        return params;
    }

    private static String decodeFormField(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("Malformed query string: bad percent-encoding");
        }
    }

    public static <T> T read(Map<String, String> params, Class<T> modelClass) {
        SdkPojo builder = SdkPojos.builderFor(modelClass);
        fill(builder, params, "");
        return SdkPojos.build(builder);
    }

    private static boolean fill(SdkPojo builder, Map<String, String> params, String prefix) {
        boolean any = false;
        for (SdkField<?> field : builder.sdkFields()) {
            Object value = readValue(field, params, prefix + field.locationName());
            if (value != null) {
                field.set(builder, value);
                any = true;
            }
        }
        return any;
    }

    private static Object readValue(SdkField<?> field, Map<String, String> params, String name) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            SdkPojo nested = field.constructor().get();
            return fill(nested, params, name + ".") ? SdkPojos.build(nested) : null;
        }
        if (type == MarshallingType.LIST) {
            ListTrait trait = field.getTrait(ListTrait.class);
            String elementPrefix = trait.isFlattened() ? name + "." : name + "." + memberName(trait) + ".";
            List<Object> out = new ArrayList<>();
            for (int i = 1; ; i++) {
                Object element = readValue(trait.memberFieldInfo(), params, elementPrefix + i);
                if (element == null) {
                    break;
                }
                out.add(element);
            }
            // "Name=" alone is how the query protocol sends an empty list
            return out.isEmpty() && !params.containsKey(name) ? null : out;
        }
        if (type == MarshallingType.MAP) {
            MapTrait trait = field.getTrait(MapTrait.class);
            String entryPrefix = trait.isFlattened() ? name + "." : name + ".entry.";
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 1; params.containsKey(entryPrefix + i + "." + keyName(trait)); i++) {
                out.put(params.get(entryPrefix + i + "." + keyName(trait)),
                        readValue(trait.valueFieldInfo(), params, entryPrefix + i + "." + valueName(trait)));
            }
            return out.isEmpty() ? null : out;
        }
        String raw = params.get(name);
        return raw == null ? null : scalar(type, raw, name);
    }

    /** The element name of a list member: the model's, or {@code member} when it names none (the query protocol's default). */
    static String memberName(ListTrait trait) {
        return trait.memberLocationName() == null ? "member" : trait.memberLocationName();
    }

    static String keyName(MapTrait trait) {
        return trait.keyLocationName() == null ? "key" : trait.keyLocationName();
    }

    static String valueName(MapTrait trait) {
        return trait.valueLocationName() == null ? "value" : trait.valueLocationName();
    }

    /** Converts a scalar from its text form (also used for REST path, query and header members). */
    static Object scalar(MarshallingType<?> type, String raw, String name) {
        try {
            if (type == MarshallingType.STRING) {
                return raw;
            }
            if (type == MarshallingType.INTEGER) {
                return Integer.parseInt(raw.trim());
            }
            if (type == MarshallingType.LONG) {
                return Long.parseLong(raw.trim());
            }
            if (type == MarshallingType.SHORT) {
                return Short.parseShort(raw.trim());
            }
            if (type == MarshallingType.DOUBLE) {
                return Double.parseDouble(raw.trim());
            }
            if (type == MarshallingType.FLOAT) {
                return Float.parseFloat(raw.trim());
            }
            if (type == MarshallingType.BIG_DECIMAL) {
                return new java.math.BigDecimal(raw.trim());
            }
            if (type == MarshallingType.BOOLEAN) {
                if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
                    throw new MalformedInputException("Invalid boolean value for " + name + ": '" + raw + "'");
                }
                return Boolean.parseBoolean(raw);
            }
            if (type == MarshallingType.INSTANT) {
                return Instant.parse(raw.trim());
            }
            if (type == MarshallingType.SDK_BYTES) {
                return SdkBytes.fromByteArray(Base64.getDecoder().decode(raw));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new MalformedInputException("Invalid value for " + name + ": '" + raw + "'");
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("Invalid base64 value for " + name);
        }
        throw new MalformedInputException("Unsupported value for " + name);
    }
}
