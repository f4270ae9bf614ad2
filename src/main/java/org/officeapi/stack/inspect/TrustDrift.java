package org.officeapi.stack.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.officeapi.stack.RoleSpec;
import org.officeapi.stack.StackSpec;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each role trusts the stack's identity pool, and only for authenticated identities: an Allow of
 * {@code sts:AssumeRoleWithWebIdentity} to {@code cognito-identity.amazonaws.com} whose
 * {@code cognito-identity.amazonaws.com:aud} condition names the identity pool and whose {@code amr}
 * condition asks for {@code authenticated}. A trust without the {@code aud} condition lets any identity
 * pool's users assume the role, which is the misconfiguration AWS warns about.
 */
final class TrustDrift {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COGNITO = "cognito-identity.amazonaws.com";

    private TrustDrift() {}

    static List<String> check(DeployedReader reader, StackSpec spec, Map<String, String> roleArns) {
        List<String> drift = new ArrayList<>();
        for (RoleSpec role : spec.roles().values()) {
            String roleArn = roleArns.get(role.name());
            if (roleArn == null) {
                continue; // already reported by the group check
            }
            String encoded = reader.clients().iam().getRole(r -> r.roleName(DeployedReader.roleName(roleArn))).role()
                    .assumeRolePolicyDocument();
            String problem = problem(URLDecoder.decode(encoded, StandardCharsets.UTF_8), reader.deployed().identityPoolId());
            if (problem != null) {
                drift.add("role " + role.name() + " (" + roleArn + ") " + problem);
            }
        }
        return drift;
    }

    /** What is wrong with the trust policy for this identity pool, or null. */
    static String problem(String trustPolicy, String identityPoolId) {
        JsonNode document;
        try {
            document = JSON.readTree(trustPolicy);
        } catch (IOException e) {
            return "has a trust policy that is not JSON";
        }
        boolean trustsCognito = false;
        for (JsonNode statement : values(document.path("Statement"))) {
            if (!"Allow".equals(statement.path("Effect").asText()) || !contains(statement.at("/Principal/Federated"), COGNITO)
                    || !contains(statement.path("Action"), "sts:AssumeRoleWithWebIdentity")) {
                continue;
            }
            trustsCognito = true;
            JsonNode aud = condition(statement.path("Condition"), COGNITO + ":aud");
            JsonNode amr = condition(statement.path("Condition"), COGNITO + ":amr");
            if (aud == null) {
                return "trusts Cognito identities of any identity pool (no cognito-identity.amazonaws.com:aud condition),"
                        + " the spec says only " + identityPoolId;
            }
            if (!contains(aud, identityPoolId)) {
                return "trusts identity pool " + aud + ", the spec says " + identityPoolId;
            }
            if (amr == null || !contains(amr, "authenticated")) {
                return "does not limit its trust to authenticated identities (cognito-identity.amazonaws.com:amr)";
            }
            return null;
        }
        return trustsCognito ? null : "does not trust " + COGNITO + " for sts:AssumeRoleWithWebIdentity";
    }

    /** The values a condition key has under any operator, or null when no operator names it. */
    private static JsonNode condition(JsonNode conditions, String key) {
        for (JsonNode operator : iterable(conditions)) {
            for (Map.Entry<String, JsonNode> entry : iterableFields(operator)) {
                if (entry.getKey().equalsIgnoreCase(key)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static boolean contains(JsonNode valueOrArray, String wanted) {
        for (JsonNode value : values(valueOrArray)) {
            if (wanted.equals(value.asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> values(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node);
        }
        return out;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node.isObject() ? node::elements : List.<JsonNode>of();
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterableFields(JsonNode node) {
        return node.isObject() ? node::fields : List.<Map.Entry<String, JsonNode>>of();
    }
}
