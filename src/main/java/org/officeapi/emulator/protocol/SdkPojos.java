package org.officeapi.emulator.protocol;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;

/**
 * Reflection over the AWS SDK v2 model classes: every request and response shape already knows its
 * members, their wire names and types ({@link SdkField}), so the codecs read and write them generically
 * instead of hand-writing a DTO per operation.
 */
public final class SdkPojos {

    private SdkPojos() {}

    /** A fresh builder for a model class ({@code CreateGroupRequest.builder()}); builders are SdkPojos too. */
    public static SdkPojo builderFor(Class<?> modelClass) {
        try {
            return (SdkPojo) modelClass.getMethod("builder").invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException(modelClass.getName() + " is not an SDK model class", e);
        }
    }

    public static <T> T build(SdkPojo builder) {
        @SuppressWarnings("unchecked")
        T built = (T) ((SdkBuilder<?, ?>) builder).build();
        return built;
    }

    /** The value of a member, or null when it was not set (the SDK's auto-construct collections count as unset). */
    public static Object valueOf(SdkField<?> field, Object pojo) {
        Object value = field.getValueOrDefault(pojo);
        if (value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
            return null;
        }
        return value;
    }

    public static List<SdkField<?>> fields(SdkPojo pojo) {
        return pojo.sdkFields();
    }

    public static SdkField<?> field(SdkPojo pojo, String memberName) {
        for (SdkField<?> field : pojo.sdkFields()) {
            if (field.memberName().equals(memberName)) {
                return field;
            }
        }
        return null;
    }

    /** A map of the pojo's members by wire name, for codecs that look members up by what the wire calls them. */
    public static Map<String, SdkField<?>> byLocationName(SdkPojo pojo) {
        Map<String, SdkField<?>> out = new java.util.LinkedHashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            out.put(field.locationName(), field);
        }
        return out;
    }
}
