package org.officeapi.steps;

import io.cucumber.java.en.When;
import org.officeapi.signin.SignInFlow;

/** Signing users in to the user pool's app client. */
public class SignInSteps {

    private final Journeys journeys;

    public SignInSteps(Journeys journeys) {
        this.journeys = journeys;
    }

    // the password flow: what the token says does not depend on how the user proved who they are
    @When("{user} signs in with a password")
    public void signsInWithAPassword(String user) {
        journeys.signIn(user, SignInFlow.PASSWORD);
    }
}
