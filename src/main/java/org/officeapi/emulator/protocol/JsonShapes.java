package org.officeapi.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes SDK model shapes as JSON, the way awsJson1_1 and restJson1 put them on the wire:
 * members under their location names, timestamps as epoch seconds, blobs as base64. Unknown members
 * are ignored (AWS accepts them for forward compatibility); a value of the wrong type is malformed input.
 */
public final class JsonShapes {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonShapes() {}

    /** Fills a new {@code modelClass} from the body members of {@code json}. */
    public static <T> T read(JsonNode json, Class<T> modelClass) {
        SdkPojo builder = SdkPojos.builderFor(modelClass);
        fill(builder, json, "");
        return SdkPojos.build(builder);
    }

    /** Fills {@code builder}'s payload members from {@code json}. */
    public static void fill(SdkPojo builder, JsonNode json, String path) {
        if (!json.isObject()) {
            throw new MalformedInputException("Expected an object at '" + describe(path) + "'");
        }
        for (SdkField<?> field : builder.sdkFields()) {
            if (field.location() != MarshallLocation.PAYLOAD) {
                continue;
            }
            JsonNode value = json.get(field.locationName());
            if (value != null && !value.isNull()) {
                field.set(builder, readValue(field, value, join(path, field.memberName())));
            }
        }
    }

    private static Object readValue(SdkField<?> field, JsonNode node, String path) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            require(node.isTextual(), path, "a string");
            return node.textValue();
        }
        if (type == MarshallingType.INTEGER) {
            require(node.canConvertToInt() && node.isIntegralNumber(), path, "an integer");
            return node.intValue();
        }
        if (type == MarshallingType.LONG) {
            require(node.canConvertToLong() && node.isIntegralNumber(), path, "a long");
            return node.longValue();
        }
        if (type == MarshallingType.SHORT) {
            require(node.isIntegralNumber(), path, "a short");
            return node.shortValue();
        }
        if (type == MarshallingType.DOUBLE) {
            require(node.isNumber(), path, "a number");
            return node.doubleValue();
        }
        if (type == MarshallingType.FLOAT) {
            require(node.isNumber(), path, "a number");
            return node.floatValue();
        }
        if (type == MarshallingType.BIG_DECIMAL) {
            require(node.isNumber(), path, "a number");
            return node.decimalValue();
        }
        if (type == MarshallingType.BOOLEAN) {
            require(node.isBoolean(), path, "a boolean");
            return node.booleanValue();
        }
        if (type == MarshallingType.INSTANT) {
            return readInstant(node, path);
        }
        if (type == MarshallingType.SDK_BYTES) {
            require(node.isTextual(), path, "a base64 string");
            try {
                return SdkBytes.fromByteArray(Base64.getDecoder().decode(node.textValue()));
            } catch (IllegalArgumentException e) {
                throw new MalformedInputException("Invalid base64 at '" + describe(path) + "'");
            }
        }
        if (type == MarshallingType.SDK_POJO) {
            SdkPojo nested = field.constructor().get();
            fill(nested, node, path);
            return SdkPojos.build(nested);
        }
        if (type == MarshallingType.LIST) {
            require(node.isArray(), path, "a list");
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            List<Object> out = new ArrayList<>();
            int index = 1;
            for (JsonNode element : node) {
                out.add(element.isNull() ? null : readValue(member, element, path + "." + index++ + ".member"));
            }
            return out;
        }
        if (type == MarshallingType.MAP) {
            require(node.isObject(), path, "a map");
            SdkField<?> value = field.getTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                out.put(entry.getKey(), entry.getValue().isNull() ? null : readValue(value, entry.getValue(), path + "." + entry.getKey()));
            }
            return out;
        }
        throw new MalformedInputException("Unsupported member type at '" + describe(path) + "'");
    }

    private static Instant readInstant(JsonNode node, String path) {
        if (node.isNumber()) {
            BigDecimal seconds = node.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        if (node.isTextual()) {
            try {
                return Instant.parse(node.textValue());
            } catch (DateTimeParseException e) {
                throw new MalformedInputException("Invalid timestamp at '" + describe(path) + "'");
            }
        }
        throw new MalformedInputException("Expected a timestamp at '" + describe(path) + "'");
    }

    private static void require(boolean ok, String path, String what) {
        if (!ok) {
            throw new MalformedInputException("Expected " + what + " at '" + describe(path) + "'");
        }
    }

    /** The payload members of a model object as a JSON object (absent members left out). */
    public static ObjectNode write(SdkPojo pojo) {
        ObjectNode out = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            if (field.location() != MarshallLocation.PAYLOAD) {
                continue;
            }
            Object value = SdkPojos.valueOf(field, pojo);
            if (value != null) {
                out.set(field.locationName(), writeValue(field, value));
            }
        }
        return out;
    }

    private static JsonNode writeValue(SdkField<?> field, Object value) {
        MarshallingType<?> type = field.marshallingType();
        if (value == null) {
            return NODES.nullNode();
        }
        if (type == MarshallingType.STRING) {
            return NODES.textNode((String) value);
        }
        if (type == MarshallingType.INTEGER || type == MarshallingType.SHORT) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (type == MarshallingType.LONG) {
            return NODES.numberNode((Long) value);
        }
        if (type == MarshallingType.DOUBLE || type == MarshallingType.FLOAT) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        if (type == MarshallingType.BIG_DECIMAL) {
            return NODES.numberNode((BigDecimal) value);
        }
        if (type == MarshallingType.BOOLEAN) {
            return NODES.booleanNode((Boolean) value);
        }
        if (type == MarshallingType.INSTANT) {
            return writeInstant(field, (Instant) value);
        }
        if (type == MarshallingType.SDK_BYTES) {
            return NODES.textNode(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
        }
        if (type == MarshallingType.SDK_POJO) {
            return write((SdkPojo) value);
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            for (Object element : (List<?>) value) {
                array.add(writeValue(member, element));
            }
            return array;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            ObjectNode map = NODES.objectNode();
            ((Map<?, ?>) value).forEach((k, v) -> map.set(String.valueOf(k), writeValue(member, v)));
            return map;
        }
        throw new IllegalStateException("unsupported member type " + type + " for " + field.memberName());
    }

    private static JsonNode writeInstant(SdkField<?> field, Instant instant) {
        TimestampFormatTrait format = field.getTrait(TimestampFormatTrait.class);
        if (format != null && format.format() == TimestampFormatTrait.Format.ISO_8601) {
            return NODES.textNode(instant.toString());
        }
        if (instant.getNano() == 0) {
            // whole seconds as an integer: stripTrailingZeros() would turn 1795000000 into 1.795E+9 on the wire
            return NODES.numberNode(instant.getEpochSecond());
        }
        BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
        return NODES.numberNode(seconds.stripTrailingZeros());
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    /** Member paths as AWS writes them in messages: each member name with a lower-case first letter. */
    static String describe(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("\\.")) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(part.isEmpty() ? part : Character.toLowerCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }
}
