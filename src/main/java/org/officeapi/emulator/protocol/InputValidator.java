package org.officeapi.emulator.protocol;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Validates an operation's input against the constraints of AWS's service model (required members,
 * lengths, ranges, patterns, enums) before the service sees it, and words the failures as AWS's front
 * end does: {@code 1 validation error detected: Value 'x' at 'groupName' failed to satisfy constraint:
 * Member must …}. Values of sensitive members are never echoed.
 */
public final class InputValidator {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final java.util.Set<String> SCALARS = java.util.Set.of("string", "integer", "long");
    private static final String CONSTRAINT = " failed to satisfy constraint: ";

    private final ServiceModel model;

    public InputValidator(ServiceModel model) {
        this.model = model;
    }

    /** The AWS message for everything wrong with {@code input}, or null when it is valid. */
    public String violations(String inputShape, SdkPojo input) {
        if (inputShape == null) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        checkStructure(model.shape(inputShape), input, "", problems);
        if (problems.isEmpty()) {
            return null;
        }
        return problems.size() + (problems.size() == 1 ? " validation error detected: " : " validation errors detected: ")
                + String.join("; ", problems);
    }

    private void checkStructure(ServiceModel.Shape shape, SdkPojo pojo, String path, List<String> problems) {
        if (shape == null) {
            return;
        }
        for (Map.Entry<String, String> member : shape.members().entrySet()) {
            SdkField<?> field = SdkPojos.field(pojo, member.getKey());
            Object value = field == null ? null : SdkPojos.valueOf(field, pojo);
            String memberPath = path.isEmpty() ? lowerFirst(member.getKey()) : path + "." + lowerFirst(member.getKey());
            if (value == null) {
                if (shape.required().contains(member.getKey())) {
                    problems.add("Value null at '" + memberPath + "' failed to satisfy constraint: Member must not be null");
                }
                continue;
            }
            checkValue(model.shape(member.getValue()), value, memberPath, problems);
        }
    }

    private void checkValue(ServiceModel.Shape shape, Object value, String path, List<String> problems) {
        if (shape == null) {
            return;
        }
        switch (shape.type()) {
            case "string" -> checkString(shape, (String) value, path, problems);
            case "integer", "long" -> checkRange(shape, ((Number) value).longValue(), path, problems);
            case "list" -> {
                List<?> list = (List<?>) value;
                checkLength(shape, list.size(), render(shape, list), path, problems);
                ServiceModel.Shape member = model.shape(shape.member());
                if (member != null && SCALARS.contains(member.type())) {
                    checkScalarElements(shape, member, list, path, problems);
                    return;
                }
                int index = 1;
                for (Object element : list) {
                    if (element != null) {
                        checkValue(member, element, path + "." + index + ".member", problems);
                    }
                    index++;
                }
            }
            case "map" -> {
                Map<?, ?> map = (Map<?, ?>) value;
                checkLength(shape, map.size(), render(shape, map), path, problems);
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (entry.getValue() != null) {
                        checkValue(model.shape(shape.value()), entry.getValue(), path + "." + entry.getKey(), problems);
                    }
                }
            }
            case "structure" -> checkStructure(shape, (SdkPojo) value, path, problems);
            default -> { }
        }
    }

    /**
     * A list of strings or numbers is judged as a whole, as AWS's front end words it: {@code Value '[a, b]'
     * at 'explicitAuthFlows' failed to satisfy constraint: Member must satisfy constraint: [Member must
     * satisfy enum value set: […]]}, each distinct element constraint once.
     */
    private static void checkScalarElements(ServiceModel.Shape list, ServiceModel.Shape member, List<?> values, String path,
                                            List<String> problems) {
        java.util.Set<String> constraints = new java.util.LinkedHashSet<>();
        for (Object element : values) {
            if (element == null) {
                continue;
            }
            List<String> elementProblems = new ArrayList<>();
            if (member.type().equals("string")) {
                checkString(member, (String) element, "", elementProblems);
            } else {
                checkRange(member, ((Number) element).longValue(), "", elementProblems);
            }
            for (String problem : elementProblems) {
                constraints.add(problem.substring(problem.indexOf(CONSTRAINT) + CONSTRAINT.length()));
            }
        }
        if (!constraints.isEmpty()) {
            problems.add(render(member.sensitive() ? member : list, values) + " at '" + path + "'" + CONSTRAINT
                    + "Member must satisfy constraint: [" + String.join(", ", constraints) + "]");
        }
    }

    private static void checkString(ServiceModel.Shape shape, String value, String path, List<String> problems) {
        String shown = render(shape, value);
        int length = value.codePointCount(0, value.length());
        checkLength(shape, length, shown, path, problems);
        if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(value)) {
            problems.add(shown + " at '" + path + "' failed to satisfy constraint: Member must satisfy enum value set: "
                    + shape.enumValues());
        }
        if (shape.pattern() != null && !PATTERNS.computeIfAbsent(shape.pattern(), Pattern::compile).matcher(value).matches()) {
            problems.add(shown + " at '" + path + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + shape.pattern());
        }
    }

    private static void checkLength(ServiceModel.Shape shape, long length, String shown, String path, List<String> problems) {
        if (shape.min() != null && length < shape.min()) {
            problems.add(shown + " at '" + path + "' failed to satisfy constraint: Member must have length greater than or equal to " + shape.min());
        }
        if (shape.max() != null && length > shape.max()) {
            problems.add(shown + " at '" + path + "' failed to satisfy constraint: Member must have length less than or equal to " + shape.max());
        }
    }

    private static void checkRange(ServiceModel.Shape shape, long value, String path, List<String> problems) {
        String shown = render(shape, value);
        if (shape.min() != null && value < shape.min()) {
            problems.add(shown + " at '" + path + "' failed to satisfy constraint: Member must have value greater than or equal to " + shape.min());
        }
        if (shape.max() != null && value > shape.max()) {
            problems.add(shown + " at '" + path + "' failed to satisfy constraint: Member must have value less than or equal to " + shape.max());
        }
    }

    /** {@code Value 'x'}, or just {@code Value} for sensitive members, as AWS words it. */
    private static String render(ServiceModel.Shape shape, Object value) {
        return shape.sensitive() ? "Value" : "Value '" + value + "'";
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
