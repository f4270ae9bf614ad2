package org.officeapi.steps;

import io.cucumber.java.en.When;
import org.officeapi.steps.support.UserPoolUnderTest;

/** Signing users in. */
public class SignInSteps {

    private final UserPoolUnderTest pool;
    private final ScenarioContext context;

    public SignInSteps(UserPoolUnderTest pool, ScenarioContext context) {
        this.pool = pool;
        this.context = context;
    }

    @When("{user} signs in with a password")
    public void signsInWithAPassword(ParameterTypes.User user) throws Exception {
        context.signedIn(user.name(), pool.signIn(user.name()));
    }
}
