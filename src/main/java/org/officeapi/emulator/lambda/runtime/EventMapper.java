package org.officeapi.emulator.lambda.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;

/**
 * Turns events into a handler's input type and its output back into JSON the way the AWS Java runtime's
 * serializer does (aws-lambda-java-serialization's Jackson configuration): bean properties by standard
 * naming, unknown properties ignored, single values accepted as arrays and empty strings as null
 * objects, null properties left out of the output. Creators are not auto-detected, so a record is not an
 * event type, as on AWS. One per function instance: Jackson caches what it learns of a class, and the
 * instance's classes must be free to go when it does.
 */
final class EventMapper {

    private final ObjectMapper mapper;

    EventMapper(ClassLoader functionClasses) {
        this.mapper = JsonMapper.builder()
                .typeFactory(TypeFactory.defaultInstance().withClassLoader(functionClasses))
                .enable(MapperFeature.USE_STD_BEAN_NAMING)
                .disable(MapperFeature.AUTO_DETECT_CREATORS)
                .disable(MapperFeature.INFER_PROPERTY_MUTATORS)
                .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    JavaType type(Type type) {
        return mapper.getTypeFactory().constructType(type);
    }

    /** The type arguments {@code type} gives {@code genericInterface} (e.g. RequestHandler's I and O), or null. */
    JavaType[] typeArguments(Class<?> type, Class<?> genericInterface) {
        JavaType[] found = mapper.getTypeFactory().constructType(type).findTypeParameters(genericInterface);
        return found == null || found.length == 0 ? null : found;
    }

    Object read(byte[] json, JavaType type) throws IOException {
        return mapper.readerFor(type).readValue(json);
    }

    void write(Object value, JavaType type, OutputStream out) throws IOException {
        if (value == null) {
            out.write("null".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return;
        }
        mapper.writerFor(type).writeValue(out, value);
    }
}
