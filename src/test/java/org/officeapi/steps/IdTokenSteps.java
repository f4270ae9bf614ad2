package org.officeapi.steps;

import io.cucumber.java.en.Then;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a signed-in user's ID token says about their groups and roles, once verified against the pool's keys. */
public class IdTokenSteps {

    private final Journeys journeys;
    private final ScenarioContext context;

    public IdTokenSteps(Journeys journeys, ScenarioContext context) {
        this.journeys = journeys;
        this.context = context;
    }

    @Then("the ID token of {user} lists the groups {names}")
    public void listsTheGroups(String user, List<String> groups) {
        assertThat(journeys.idTokenClaims(user).groups()).containsExactlyInAnyOrderElementsOf(groups);
    }

    @Then("the ID token of {user} lists no groups")
    public void listsNoGroups(String user) {
        assertThat(journeys.idTokenClaims(user).groups()).isEmpty();
    }

    @Then("the ID token of {user} offers the roles {names}")
    public void offersTheRoles(String user, List<String> roles) {
        assertThat(journeys.idTokenClaims(user).roles()).containsExactlyInAnyOrderElementsOf(
                roles.stream().map(role -> context.stack().roleArn(role)).toList());
    }

    @Then("the ID token of {user} offers no role")
    public void offersNoRole(String user) {
        assertThat(journeys.idTokenClaims(user).roles()).isEmpty();
        assertThat(journeys.idTokenClaims(user).preferredRole()).isEmpty();
    }

    @Then("the ID token of {user} prefers the role {role}")
    public void prefersTheRole(String user, String role) {
        assertThat(journeys.idTokenClaims(user).preferredRole()).contains(context.stack().roleArn(role));
    }

    @Then("the ID token of {user} prefers no role")
    public void prefersNoRole(String user) {
        assertThat(journeys.idTokenClaims(user).preferredRole()).isEmpty();
    }
}
