package org.officeapi.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import org.officeapi.steps.support.UserPoolUnderTest;

import java.util.Map;

/** Setting up the user pool: its groups (with precedence and role) and its users (with their groups). */
public class UserPoolSteps {

    private final UserPoolUnderTest pool;

    public UserPoolSteps(UserPoolUnderTest pool) {
        this.pool = pool;
    }

    @Given("the user pool has these groups:")
    public void theUserPoolHasTheseGroups(DataTable groups) {
        for (Map<String, String> row : groups.asMaps()) {
            String precedence = row.get("precedence");
            pool.addGroup(row.get("group"), precedence == null ? null : Integer.valueOf(precedence), row.get("role"));
        }
    }

    @Given("the user pool has these users:")
    public void theUserPoolHasTheseUsers(DataTable users) {
        for (Map<String, String> row : users.asMaps()) {
            pool.addUser(row.get("user"), ParameterTypes.split(row.get("groups")));
        }
    }
}
