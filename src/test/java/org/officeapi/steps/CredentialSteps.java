package org.officeapi.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.officeapi.signin.RoleCredentials;
import org.officeapi.signin.SignInFlow;
import org.officeapi.stack.StackVariants;
import org.officeapi.stack.UserAccount;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.sts.StsClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Trading tokens for AWS credentials at the identity pool, and what the credentials stand for. */
public final class CredentialSteps {

    private final Journeys journeys;
    private final ScenarioContext context;

    public CredentialSteps(Journeys journeys, ScenarioContext context) {
        this.journeys = journeys;
        this.context = context;
    }

    @When("{user} exchanges the ID token for AWS credentials")
    public void exchanges(String user) {
        journeys.exchange(user, null);
    }

    @Given("{user} holds AWS credentials")
    public void holdsCredentials(String user) {
        journeys.credentials(user);
    }

    @When("{user} asks the identity pool for the role {role}")
    public void asksForTheRole(String user, String role) {
        journeys.exchange(user, role);
    }

    @When("{user} offers the access token instead of the ID token")
    public void offersTheAccessToken(String user) {
        journeys.idToken(user);
        journeys.offer(context.stack().userPoolProviderName(), context.signIn(user).tokens().accessToken());
    }

    @When("{user} offers an ID token whose payload was altered to name the Admin role")
    public void offersAnAlteredToken(String user) {
        String forged = Jwt.withClaim(journeys.idToken(user), "cognito:preferred_role",
                context.stack().roleArn("CognitoRoleSecureAPIAdmin"));
        journeys.offer(context.stack().userPoolProviderName(), forged);
    }

    @Given("another user pool with a user {user}")
    public void anotherUserPool(String user) {
        StackVariants.OtherPool pool = journeys.variants().userPool(context.stack().region());
        context.otherPool(pool);
        context.ownUser(user, journeys.variants().userIn(pool, user));
    }

    @When("{user} offers that pool's ID token to the identity pool")
    public void offersTheOtherPoolsToken(String user) {
        StackVariants.OtherPool pool = context.otherPool();
        UserAccount account = context.account(user);
        String token = journeys.signInClient(pool.userPoolId(), pool.clientId())
                .signIn(SignInFlow.SRP, account.username(), account.password()).tokens().idToken();
        journeys.offer(pool.providerName(), token);
    }

    @Given("another app client of the user pool")
    public void anotherAppClient() {
        context.otherClientId(journeys.variants().appClient(context.stack(), ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH));
    }

    @When("{user} signs in with that app client and offers its ID token")
    public void signsInWithTheOtherClientAndOffers(String user) {
        UserAccount account = context.account(user);
        String token = journeys.signInClient(context.stack().userPoolId(), context.otherClientId())
                .signIn(SignInFlow.SRP, account.username(), account.password()).tokens().idToken();
        journeys.offer(context.stack().userPoolProviderName(), token);
    }

    @Then("{user} acts as the role {role}")
    public void actsAsTheRole(String user, String role) {
        assertThat(context.wasRefused()).as("refused: %s", context.wasRefused() ? org.officeapi.calls.Redaction.redact(context.lastRefusal().getMessage()) : "").isFalse();
        RoleCredentials credentials = context.credentials(user);
        String roleArn = context.stack().roleArn(role);
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        try (StsClient sts = journeys.target().clients().stsAs(StaticCredentialsProvider.create(credentials.credentials()))) {
            assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:sts::" + context.stack().accountId() + ":assumed-role/"
                    + roleName + "/CognitoIdentityCredentials");
        }
        assertThat(credentials.credentials().accessKeyId()).startsWith("ASIA");
    }

    @Then("the identity pool refuses with {word} {string}")
    public void theIdentityPoolRefuses(String code, String message) {
        Refusals.assertRefused(context, code, message);
    }

    @Then("the identity pool refuses with {word} starting {string}")
    public void theIdentityPoolRefusesStartingWith(String code, String start) {
        Refusals.assertRefusedStartingWith(context, code, start);
    }

    @Then("the identity pool refuses with {word}")
    public void theIdentityPoolRefuses(String code) {
        Refusals.assertRefused(context, code, null);
    }
}
