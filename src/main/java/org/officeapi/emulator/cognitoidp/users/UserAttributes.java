package org.officeapi.emulator.cognitoidp.users;

import org.officeapi.emulator.cognitoidp.CognitoIdpErrors;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NumberAttributeConstraintsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StringAttributeConstraintsType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * User attributes against the pool's schema: the standard attributes every pool has, the custom ones it
 * declares ({@code custom:<name>}), which may be written, which are required, and how they are reported
 * ({@code sub} first, as AWS lists it).
 */
public final class UserAttributes {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,15}");
    private static final Set<String> VERIFIED_FLAGS = Set.of("email_verified", "phone_number_verified");

    private UserAttributes() {}

    /** The standard schema every pool reports (DescribeUserPool's SchemaAttributes). */
    public static List<SchemaAttributeType> standardSchema() {
        List<SchemaAttributeType> schema = new ArrayList<>();
        schema.add(string("sub", false, true, "1", "2048"));
        for (String name : List.of("name", "given_name", "family_name", "middle_name", "nickname", "preferred_username",
                "profile", "picture", "website", "email")) {
            schema.add(string(name, true, false, "0", "2048"));
        }
        schema.add(bool("email_verified"));
        schema.add(string("gender", true, false, "0", "2048"));
        schema.add(string("birthdate", true, false, "10", "10"));
        schema.add(string("zoneinfo", true, false, "0", "2048"));
        schema.add(string("locale", true, false, "0", "2048"));
        schema.add(string("phone_number", true, false, "0", "2048"));
        schema.add(bool("phone_number_verified"));
        schema.add(string("address", true, false, "0", "2048"));
        schema.add(SchemaAttributeType.builder().name("updated_at").attributeDataType("Number").developerOnlyAttribute(false)
                .mutable(true).required(false).numberAttributeConstraints(NumberAttributeConstraintsType.builder().minValue("0").build())
                .build());
        return schema;
    }

    /** The schema of a new pool: the standard attributes, adjusted and extended by CreateUserPool's Schema. */
    public static List<SchemaAttributeType> poolSchema(List<SchemaAttributeType> requested) {
        Map<String, SchemaAttributeType> schema = new LinkedHashMap<>();
        standardSchema().forEach(a -> schema.put(a.name(), a));
        for (SchemaAttributeType given : requested) {
            SchemaAttributeType standard = schema.get(given.name());
            if (standard != null && !given.name().startsWith("custom:")) {
                SchemaAttributeType.Builder adjusted = standard.toBuilder();
                if (given.required() != null) {
                    adjusted.required(given.required());
                }
                if (given.mutable() != null) {
                    adjusted.mutable(given.mutable());
                }
                if (given.stringAttributeConstraints() != null) {
                    adjusted.stringAttributeConstraints(given.stringAttributeConstraints());
                }
                schema.put(given.name(), adjusted.build());
                continue;
            }
            if (given.attributeDataType() == null) {
                throw CognitoIdpErrors.invalidParameter("Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
            }
            if (Boolean.TRUE.equals(given.required())) {
                throw CognitoIdpErrors.invalidParameter("Required custom attributes are not supported currently.");
            }
            String name = "custom:" + given.name();
            schema.put(name, given.toBuilder().name(name).required(false)
                    .mutable(given.mutable() == null || given.mutable())
                    .developerOnlyAttribute(Boolean.TRUE.equals(given.developerOnlyAttribute())).build());
        }
        return List.copyOf(schema.values());
    }

    /**
     * {@code current} with {@code given} written over it, after checking every given name against the schema.
     * Changing {@code email} or {@code phone_number} without saying it is verified makes it unverified.
     *
     * @param creating whether the user is being created (immutable attributes may then be set)
     */
    public static Map<String, String> merge(UserPool pool, Map<String, String> current, Map<String, String> given, boolean creating) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String name = entry.getKey();
            SchemaAttributeType schema = find(pool, name);
            if (schema == null || name.equals("sub")) {
                problems.add(name + ": Attribute does not exist in the schema.");
            } else if (!creating && Boolean.FALSE.equals(schema.mutable()) && current.containsKey(name)) {
                // UNCONFIRMED wording
                problems.add(name + ": Attribute cannot be updated. (changing an immutable attribute)");
            }
        }
        if (!problems.isEmpty()) {
            throw CognitoIdpErrors.attributesDoNotConform(problems);
        }
        String email = given.get("email");
        if (email != null && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw CognitoIdpErrors.invalidParameter("Invalid email address format.");
        }
        String phone = given.get("phone_number");
        if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            throw CognitoIdpErrors.invalidParameter("Invalid phone number format.");
        }
        Map<String, String> merged = new LinkedHashMap<>(current);
        merged.putAll(given);
        unverifyOnChange(current, given, merged, "email", "email_verified");
        unverifyOnChange(current, given, merged, "phone_number", "phone_number_verified");
        return merged;
    }

    private static void unverifyOnChange(Map<String, String> current, Map<String, String> given, Map<String, String> merged,
                                         String attribute, String flag) {
        if (given.containsKey(attribute) && !given.get(attribute).equals(current.get(attribute)) && !given.containsKey(flag)
                && merged.containsKey(flag)) {
            merged.put(flag, "false");
        }
    }

    /** The required attributes (other than sub) that {@code attributes} lacks, in schema order. */
    public static List<String> missingRequired(UserPool pool, Map<String, String> attributes) {
        return pool.schema().stream()
                .filter(a -> Boolean.TRUE.equals(a.required()) && !a.name().equals("sub"))
                .map(SchemaAttributeType::name)
                .filter(name -> attributes.get(name) == null || attributes.get(name).isEmpty())
                .toList();
    }

    /** Name-value pairs as a map, refusing a name given twice as AWS's parser would take only one. */
    public static Map<String, String> toMap(List<AttributeType> attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (AttributeType attribute : attributes) {
            map.put(attribute.name(), attribute.value() == null ? "" : attribute.value());
        }
        return map;
    }

    /** A user's attributes as AWS reports them: {@code sub} first, then the rest in the order they were set. */
    public static List<AttributeType> reported(User user, List<String> only) {
        List<AttributeType> out = new ArrayList<>();
        if (only.isEmpty() || only.contains("sub")) {
            out.add(AttributeType.builder().name("sub").value(user.sub()).build());
        }
        user.attributes().forEach((name, value) -> {
            if (only.isEmpty() || only.contains(name)) {
                out.add(AttributeType.builder().name(name).value(value).build());
            }
        });
        return out;
    }

    public static boolean isVerifiedFlag(String name) {
        return VERIFIED_FLAGS.contains(name);
    }

    private static SchemaAttributeType find(UserPool pool, String name) {
        return pool.schema().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    private static SchemaAttributeType string(String name, boolean mutable, boolean required, String min, String max) {
        return SchemaAttributeType.builder().name(name).attributeDataType("String").developerOnlyAttribute(false)
                .mutable(mutable).required(required)
                .stringAttributeConstraints(StringAttributeConstraintsType.builder().minLength(min).maxLength(max).build()).build();
    }

    private static SchemaAttributeType bool(String name) {
        return SchemaAttributeType.builder().name(name).attributeDataType("Boolean").developerOnlyAttribute(false)
                .mutable(true).required(false).build();
    }
}
