package org.officeapi.emulator.auth.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.officeapi.emulator.auth.policy.MalformedPolicyException.of;

/**
 * Reads a policy document's JSON into a {@link PolicyDocument}, refusing what IAM refuses with IAM's
 * message. Structure first (JSON, elements, types), then the rules of the kind of policy (a principal
 * in an identity policy, a resource in a trust policy).
 */
final class PolicyParser {

    // UNCONFIRMED: IAM is assumed to refuse a document that repeats an element, rather than keep one of them
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT = Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource",
            "Principal", "NotPrincipal", "Condition");
    private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS", "Service", "Federated", "CanonicalUser");
    private static final Pattern SID = Pattern.compile("[0-9A-Za-z]*");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern AWS_PRINCIPAL_ARN = Pattern.compile(
            "arn:aws:iam::\\d{12}:(root|(user|role)(/[\\u0021-\\u007E]*)?/[\\w+=,.@-]+)"
                    + "|arn:aws:sts::\\d{12}:(assumed-role/[\\w+=,.@-]+/[\\w+=,.@-]+|federated-user/[\\w+=,.@-]+)");
    // IAM replaces the ARN of a deleted role or user in a trust policy with its unique id
    private static final Pattern UNIQUE_ID = Pattern.compile("A(ROA|IDA)[A-Z0-9]{16,}");
    private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.[a-z0-9.-]+|\\*");

    private PolicyParser() {}

    static PolicyDocument parse(String text, PolicyKind kind) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalidJson(kind);
        }
        if (root == null || !root.isObject()) {
            throw invalidJson(kind);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            if (!TOP_LEVEL.contains(names.next())) {
                // UNCONFIRMED: the message for an unknown top-level element
                throw of(MalformedPolicyException.SYNTAX);
            }
        }
        String version = PolicyDocument.VERSION_2008;
        if (root.has("Version")) {
            JsonNode v = root.get("Version");
            if (!v.isTextual() || !(v.asText().equals(PolicyDocument.VERSION_2012) || v.asText().equals(PolicyDocument.VERSION_2008))) {
                // UNCONFIRMED: the message for a Version IAM does not know
                throw of(MalformedPolicyException.LEGACY_PARSING);
            }
            version = v.asText();
        }
        String id = null;
        if (root.has("Id")) {
            if (!root.get("Id").isTextual()) {
                throw of(MalformedPolicyException.SYNTAX);
            }
            id = root.get("Id").asText();
        }
        JsonNode statementNode = root.get("Statement");
        List<JsonNode> statementNodes = new ArrayList<>();
        if (statementNode == null) {
            // UNCONFIRMED: the message for a document without statements
            throw of(MalformedPolicyException.SYNTAX);
        } else if (statementNode.isObject()) {
            statementNodes.add(statementNode);
        } else if (statementNode.isArray() && !statementNode.isEmpty()) {
            statementNode.forEach(statementNodes::add);
        } else {
            throw of(MalformedPolicyException.SYNTAX);
        }
        List<Position[]> positions = statementPositions(text);
        List<Statement> statements = new ArrayList<>();
        Set<String> sids = new HashSet<>();
        for (int i = 0; i < statementNodes.size(); i++) {
            Position[] at = i < positions.size() ? positions.get(i) : new Position[] {null, null};
            Statement statement = statement(statementNodes.get(i), i, kind, at[0], at[1]);
            if (statement.sid() != null && !statement.sid().isEmpty() && !sids.add(statement.sid())) {
                throw of(MalformedPolicyException.SID_NOT_UNIQUE);
            }
            statements.add(statement);
        }
        return new PolicyDocument(version, id, statements, text);
    }

    private static MalformedPolicyException invalidJson(PolicyKind kind) {
        // Both wordings are AWS's: CreateRole says the first for a trust policy that is not JSON,
        // CreatePolicy and PutRolePolicy the second for an identity policy that is not.
        return of(kind == PolicyKind.TRUST ? MalformedPolicyException.INVALID_JSON : MalformedPolicyException.SYNTAX);
    }

    private static Statement statement(JsonNode node, int index, PolicyKind kind, Position start, Position end) {
        if (!node.isObject()) {
            throw of(MalformedPolicyException.SYNTAX);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!STATEMENT.contains(names.next())) {
                // UNCONFIRMED: the message for an unknown statement element
                throw of(MalformedPolicyException.SYNTAX);
            }
        }
        String sid = null;
        if (node.has("Sid")) {
            if (!node.get("Sid").isTextual()) {
                throw of(MalformedPolicyException.SYNTAX);
            }
            sid = node.get("Sid").asText();
            if (!SID.matcher(sid).matches()) {
                throw of(MalformedPolicyException.SID_NOT_ALPHANUMERIC);
            }
        }
        JsonNode effectNode = node.get("Effect");
        if (effectNode == null) {
            // UNCONFIRMED: the message for a statement without Effect
            throw of(MalformedPolicyException.SYNTAX);
        }
        Effect effect = effectNode.isTextual() ? Effect.of(effectNode.asText()) : null;
        if (effect == null) {
            // AWS's answer for "Effect": "allow" (observed); other spellings are assumed to fail the same way
            throw of(MalformedPolicyException.LEGACY_PARSING);
        }
        if (node.has("Action") && node.has("NotAction") || node.has("Resource") && node.has("NotResource")
                || node.has("Principal") && node.has("NotPrincipal")) {
            throw of(MalformedPolicyException.SYNTAX);
        }
        boolean notAction = node.has("NotAction");
        List<String> actions = strings(node.get(notAction ? "NotAction" : "Action"));
        if (actions.isEmpty()) {
            throw of(MalformedPolicyException.NO_ACTIONS);
        }
        actions.forEach(PolicyParser::checkAction);

        boolean hasPrincipal = node.has("Principal") || node.has("NotPrincipal");
        boolean hasResource = node.has("Resource") || node.has("NotResource");
        if (kind == PolicyKind.IDENTITY && hasPrincipal) {
            throw of(MalformedPolicyException.PRINCIPAL_IN_IDENTITY_POLICY);
        }
        if (kind == PolicyKind.TRUST && hasResource) {
            throw MalformedPolicyException.prohibitedField(node.has("Resource") ? "Resource" : "NotResource");
        }
        boolean notResource = node.has("NotResource");
        List<String> resources = List.of();
        if (kind == PolicyKind.IDENTITY) {
            resources = strings(node.get(notResource ? "NotResource" : "Resource"));
            if (resources.isEmpty()) {
                throw of(MalformedPolicyException.NO_RESOURCES);
            }
            for (String resource : resources) {
                // UNCONFIRMED: how many segments IAM insists on; "arn:aws:logs:*" (a trailing * for the rest) is taken
                if (!resource.equals("*") && !(resource.startsWith("arn:") && resource.split(":", -1).length >= 4)) {
                    throw MalformedPolicyException.resourceNotArn(resource);
                }
            }
        }
        boolean notPrincipal = node.has("NotPrincipal");
        Principals principals = null;
        if (kind == PolicyKind.TRUST) {
            if (!hasPrincipal) {
                throw of(MalformedPolicyException.NO_PRINCIPALS);
            }
            principals = principals(node.get(notPrincipal ? "NotPrincipal" : "Principal"));
        }
        List<ConditionClause> conditions = node.has("Condition") ? conditions(node.get("Condition")) : List.of();
        return new Statement(index, sid, effect, actions, notAction, resources, notResource, principals, notPrincipal,
                conditions, start, end);
    }

    /** A string, or an array of strings; anything else is a syntax error. */
    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
            return out;
        }
        if (!node.isArray()) {
            throw of(MalformedPolicyException.SYNTAX);
        }
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw of(MalformedPolicyException.SYNTAX);
            }
            out.add(element.asText());
        }
        return out;
    }

    private static void checkAction(String action) {
        if (action.equals("*")) {
            return;
        }
        int colon = action.indexOf(':');
        if (colon < 0) {
            throw of(MalformedPolicyException.NO_VENDOR);
        }
        if (action.indexOf(':', colon + 1) >= 0) {
            throw of(MalformedPolicyException.ONE_COLON);
        }
        String vendor = action.substring(0, colon);
        if (vendor.contains("*") || vendor.contains("?")) {
            throw of(MalformedPolicyException.VENDOR_WILDCARD);
        }
        if (vendor.isEmpty()) {
            throw of(MalformedPolicyException.NO_VENDOR);
        }
    }

    private static Principals principals(JsonNode node) {
        if (node.isTextual()) {
            if (node.asText().equals("*")) {
                return new Principals(true, Map.of());
            }
            // UNCONFIRMED: the message for a bare principal string other than "*"
            throw of("Invalid principal in policy: \"" + node.asText() + "\"");
        }
        if (!node.isObject() || node.isEmpty()) {
            throw of(MalformedPolicyException.NO_PRINCIPALS);
        }
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String type = field.getKey();
            if (!PRINCIPAL_TYPES.contains(type)) {
                // UNCONFIRMED: the message for an unknown principal type
                throw of("Invalid principal in policy: \"" + type + "\"");
            }
            List<String> values = strings(field.getValue());
            if (values.isEmpty()) {
                throw of(MalformedPolicyException.NO_PRINCIPALS);
            }
            for (String value : values) {
                checkPrincipal(type, value);
            }
            byType.put(type, values);
        }
        return new Principals(false, byType);
    }

    private static void checkPrincipal(String type, String value) {
        boolean valid = switch (type) {
            case "AWS" -> value.equals("*") || ACCOUNT_ID.matcher(value).matches() || AWS_PRINCIPAL_ARN.matcher(value).matches()
                    || UNIQUE_ID.matcher(value).matches();
            // UNCONFIRMED: how strictly IAM checks service and federated principal names
            case "Service" -> SERVICE.matcher(value).matches();
            case "Federated" -> SERVICE.matcher(value).matches() || value.matches("arn:aws:iam::\\d{12}:(saml|oidc)-provider/.+");
            default -> !value.isEmpty();
        };
        if (!valid) {
            // AWS writes the type in capitals for service principals (observed: "SERVICE":"…"); kept as given otherwise
            throw MalformedPolicyException.invalidPrincipal(type.equals("AWS") ? "AWS" : type.toUpperCase(java.util.Locale.ROOT), value);
        }
    }

    private static List<ConditionClause> conditions(JsonNode node) {
        if (!node.isObject()) {
            throw of(MalformedPolicyException.SYNTAX);
        }
        List<ConditionClause> clauses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            // UNCONFIRMED: the message for an operator IAM does not know
            ConditionOperator operator = ConditionOperator.parse(entry.getKey())
                    .orElseThrow(() -> of(MalformedPolicyException.SYNTAX));
            if (!entry.getValue().isObject()) {
                throw of(MalformedPolicyException.SYNTAX);
            }
            for (Map.Entry<String, JsonNode> key : entry.getValue().properties()) {
                if (key.getKey().indexOf(':') <= 0) {
                    throw of(MalformedPolicyException.NO_VENDOR);
                }
                List<String> values = conditionValues(key.getValue());
                if (operator.isNullCheck()) {
                    for (String value : values) {
                        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                            throw of(MalformedPolicyException.SYNTAX);
                        }
                    }
                }
                clauses.add(new ConditionClause(entry.getKey(), operator, key.getKey(), values));
            }
        }
        return clauses;
    }

    /** Condition values may be strings, numbers or booleans, alone or in an array. */
    private static List<String> conditionValues(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode element : node) {
                out.add(scalar(element));
            }
        } else {
            out.add(scalar(node));
        }
        if (out.isEmpty()) {
            throw of(MalformedPolicyException.SYNTAX);
        }
        return out;
    }

    private static String scalar(JsonNode node) {
        if (node.isTextual() || node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        throw of(MalformedPolicyException.SYNTAX);
    }

    /**
     * Where each statement begins and ends in the text, in document order: the position just after
     * its opening brace and just after its closing brace, as the policy simulator reports them.
     */
    private static List<Position[]> statementPositions(String text) {
        List<Position[]> positions = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return positions;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"Statement".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (value == JsonToken.START_OBJECT) {
                    positions.add(objectSpan(parser));
                } else if (value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (parser.currentToken() == JsonToken.START_OBJECT) {
                            positions.add(objectSpan(parser));
                        } else {
                            parser.skipChildren();
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the document was already read whole once; positions are only a courtesy to the simulator
        }
        return positions;
    }

    private static Position[] objectSpan(JsonParser parser) throws IOException {
        Position start = new Position(parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr());
        parser.skipChildren();
        Position end = new Position(parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr());
        return new Position[] {start, end};
    }
}
