package org.officeapi.emulator.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.officeapi.emulator.lambda.model.PermissionStatement;

import java.util.List;

/**
 * A function's resource-based policy in the IAM policy language, as GetPolicy and AddPermission return
 * it: {@code {"Version":"2012-10-17","Id":"default","Statement":[…]}}, each statement with Sid, Effect,
 * Principal, Action, Resource and, when the permission has them, Condition keys ({@code ArnLike
 * AWS:SourceArn}, {@code StringEquals AWS:SourceAccount}, …).
 */
final class PolicyDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyDocuments() {}

    static String policy(List<PermissionStatement> statements) {
        ObjectNode policy = JSON.createObjectNode().put("Version", "2012-10-17").put("Id", "default");
        ArrayNode array = policy.putArray("Statement");
        statements.forEach(s -> array.add(node(s)));
        return text(policy);
    }

    static String statement(PermissionStatement statement) {
        return text(node(statement));
    }

    private static ObjectNode node(PermissionStatement s) {
        ObjectNode node = JSON.createObjectNode().put("Sid", s.sid()).put("Effect", "Allow");
        switch (s.principal().kind()) {
            case SERVICE -> node.putObject("Principal").put("Service", s.principal().value());
            case AWS -> node.putObject("Principal").put("AWS", s.principal().value());
            case ANYONE -> node.put("Principal", "*");
        }
        node.put("Action", s.action()).put("Resource", s.resource());
        ObjectNode condition = JSON.createObjectNode();
        if (s.sourceAccount() != null) {
            condition.withObjectProperty("StringEquals").put("AWS:SourceAccount", s.sourceAccount());
        }
        if (s.principalOrgId() != null) {
            condition.withObjectProperty("StringEquals").put("aws:PrincipalOrgID", s.principalOrgId());
        }
        if (s.eventSourceToken() != null) {
            condition.withObjectProperty("StringEquals").put("lambda:EventSourceToken", s.eventSourceToken());
        }
        if (s.functionUrlAuthType() != null) {
            condition.withObjectProperty("StringEquals").put("lambda:FunctionUrlAuthType", s.functionUrlAuthType());
        }
        if (s.sourceArn() != null) {
            condition.withObjectProperty("ArnLike").put("AWS:SourceArn", s.sourceArn());
        }
        if (!condition.isEmpty()) {
            node.set("Condition", condition);
        }
        return node;
    }

    private static String text(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
