package org.officeapi.steps;

import io.cucumber.java.en.Then;
import org.officeapi.steps.support.UserPoolUnderTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a signed-in user's ID token says about groups and roles. */
public class IdTokenSteps {

    private final UserPoolUnderTest pool;
    private final ScenarioContext context;

    public IdTokenSteps(UserPoolUnderTest pool, ScenarioContext context) {
        this.pool = pool;
        this.context = context;
    }

    @Then("the ID token of {user} lists the groups {names}")
    public void listsTheGroups(ParameterTypes.User user, List<String> groups) {
        assertThat(context.idTokenOf(user.name()).groups()).containsExactlyInAnyOrderElementsOf(groups);
    }

    @Then("the ID token of {user} lists no groups")
    public void listsNoGroups(ParameterTypes.User user) {
        assertThat(context.idTokenOf(user.name()).groups()).isEmpty();
    }

    @Then("the ID token of {user} offers the roles {names}")
    public void offersTheRoles(ParameterTypes.User user, List<String> roles) {
        assertThat(context.idTokenOf(user.name()).roles()).containsExactlyInAnyOrderElementsOf(roles.stream().map(pool::roleArn).toList());
    }

    @Then("the ID token of {user} offers no role")
    public void offersNoRole(ParameterTypes.User user) {
        assertThat(context.idTokenOf(user.name()).roles()).isEmpty();
        assertThat(context.idTokenOf(user.name()).preferredRole()).isEmpty();
    }

    @Then("the ID token of {user} prefers the role {role}")
    public void prefersTheRole(ParameterTypes.User user, ParameterTypes.Role role) {
        assertThat(context.idTokenOf(user.name()).preferredRole()).contains(pool.roleArn(role.name()));
    }

    @Then("the ID token of {user} prefers no role")
    public void prefersNoRole(ParameterTypes.User user) {
        assertThat(context.idTokenOf(user.name()).preferredRole()).isEmpty();
    }
}
