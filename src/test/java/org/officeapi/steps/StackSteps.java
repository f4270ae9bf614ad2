package org.officeapi.steps;

import io.cucumber.java.en.Given;
import org.officeapi.stack.ApiResource;
import org.officeapi.stack.GroupSpec;
import org.officeapi.stack.RoleMappingSpec;
import org.officeapi.stack.UserSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Background: the stack as tables. Each step adds to the scenario's stack spec; the stack is
 * provisioned (or, on the existing target, checked) the first time a later step needs it.
 */
public final class StackSteps {

    private final ScenarioContext context;

    public StackSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the REST API {string} deployed to the stage {string}, each method signed with IAM and answered by the API's Lambda:")
    public void theApi(String name, String stage, List<Map<String, String>> methods) {
        context.spec().api(name, stage, methods.stream()
                .map(row -> new ApiResource(row.get("method"), row.get("path"), row.get("answer"))).toList());
    }

    @Given("the user pool groups:")
    public void theGroups(List<Map<String, String>> groups) {
        groups.forEach(row -> context.spec().group(new GroupSpec(row.get("group"),
                row.get("precedence") == null || row.get("precedence").isBlank() ? null : Integer.valueOf(row.get("precedence")),
                row.get("role") == null || row.get("role").isBlank() ? null : row.get("role"))));
    }

    @Given("the roles may invoke:")
    public void whatRolesMayInvoke(List<Map<String, String>> grants) {
        grants.forEach(row -> context.spec().roleMayInvoke(row.get("role"), row.get("method"), row.get("path")));
    }

    @Given("the identity pool takes the role from the ID token and denies the request when the role is ambiguous")
    public void tokenRoleMappingWithDeny() {
        context.spec().roleMapping(RoleMappingSpec.TOKEN_DENY);
    }

    @Given("the users:")
    public void theUsers(List<Map<String, String>> users) {
        users.forEach(row -> context.spec().user(new UserSpec(row.get("user"), groups(row.get("groups")))));
    }

    private static List<String> groups(String cell) {
        return cell == null || cell.isBlank() || cell.equals("-") ? List.of()
                : Arrays.stream(cell.split(",")).map(String::trim).toList();
    }
}
