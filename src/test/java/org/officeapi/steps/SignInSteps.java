package org.officeapi.steps;

import com.nimbusds.jwt.JWTClaimsSet;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.officeapi.signin.SignInFlow;
import org.officeapi.signin.SignInResult;
import org.officeapi.stack.Passwords;
import org.officeapi.stack.UserAccount;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in to the user pool, and the ways a sign-in is refused. */
public final class SignInSteps {

    private final Journeys journeys;
    private final ScenarioContext context;

    public SignInSteps(Journeys journeys, ScenarioContext context) {
        this.journeys = journeys;
        this.context = context;
    }

    @When("{user} signs in using {flow}")
    public void signsIn(String user, SignInFlow flow) {
        journeys.signIn(user, flow);
    }

    @Given("{user} has signed in")
    public void hasSignedIn(String user) {
        journeys.idToken(user);
    }

    @When("{user} signs in using {flow} with a wrong password")
    public void signsInWithAWrongPassword(String user, SignInFlow flow) {
        UserAccount account = context.account(user);
        journeys.signIn(user, flow, account.username(), Passwords.generate(), journeys.signInClient());
    }

    @When("someone signs in as {string} using {flow}")
    public void someoneSignsInAs(String username, SignInFlow flow) {
        journeys.signIn(username, flow, username, Passwords.generate(), journeys.signInClient());
    }

    @Given("a new user {user} in the group {word}, with a temporary password")
    public void aUserWithATemporaryPassword(String user, String group) {
        context.ownUser(user, journeys.variants().userWithTemporaryPassword(context.stack(), user, group));
    }

    @Given("a new user {user} in the group {word}, disabled by an administrator")
    public void aDisabledUser(String user, String group) {
        context.ownUser(user, journeys.variants().disabledUser(context.stack(), user, group));
    }

    @Given("a new user {user} in no group")
    public void aUserInNoGroup(String user) {
        context.ownUser(user, journeys.variants().user(context.stack(), user));
    }

    @Given("another app client of the user pool, which allows only SRP")
    public void anotherClientAllowingOnlySrp() {
        context.otherClientId(journeys.variants().appClient(context.stack(), ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH));
    }

    @When("{user} signs in to that app client using {flow}")
    public void signsInToThatClient(String user, SignInFlow flow) {
        UserAccount account = context.account(user);
        journeys.signIn(user, flow, account.username(), account.password(),
                journeys.signInClient(context.stack().userPoolId(), context.otherClientId()));
    }

    @When("{user} chooses a new password")
    public void choosesANewPassword(String user) {
        SignInResult.Challenged challenge = (SignInResult.Challenged) context.signIn(user);
        String password = Passwords.generate();
        SignInResult result = journeys.attempt(() -> journeys.signInClient().setNewPassword(challenge, password));
        if (result != null) {
            context.signedIn(user, result);
            context.ownUser(user, new UserAccount(context.account(user).username(), password));
        }
    }

    @Then("{user} holds an ID token of the user pool")
    public void holdsAnIdToken(String user) {
        assertThat(context.wasRefused()).as("refused: %s", context.wasRefused() ? org.officeapi.calls.Redaction.redact(context.lastRefusal().getMessage()) : "").isFalse();
        JWTClaimsSet claims = Jwt.claims(context.signIn(user).tokens().idToken());
        assertThat(claims.getIssuer()).isEqualTo("https://cognito-idp." + context.stack().region() + ".amazonaws.com/"
                + context.stack().userPoolId());
        assertThat(claims.getAudience()).containsExactly(context.stack().clientId());
        assertThat(claims.getClaim("token_use")).isEqualTo("id");
        assertThat(claims.getClaim("cognito:username")).isEqualTo(context.account(user).username());
    }

    @Then("Cognito asks {user} to choose a new password")
    public void cognitoAsksForANewPassword(String user) {
        SignInResult result = context.signIn(user);
        assertThat(result).isInstanceOfSatisfying(SignInResult.Challenged.class,
                challenge -> assertThat(challenge.challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED"));
    }

    @Then("the sign-in is refused with {word} {string}")
    public void theSignInIsRefused(String code, String message) {
        Refusals.assertRefused(context, code, message);
    }

    @Then("the sign-in is refused with {word}")
    public void theSignInIsRefused(String code) {
        Refusals.assertRefused(context, code, null);
    }

    // the password flow: what the token says does not depend on how the user proved who they are
    @When("{user} signs in with a password")
    public void signsInWithAPassword(String user) {
        journeys.signIn(user, SignInFlow.PASSWORD);
    }
}
