package org.officeapi.steps;

import org.officeapi.calls.ApiAnswer;
import org.officeapi.signin.RoleCredentials;
import org.officeapi.signin.SignInResult;
import org.officeapi.stack.ProvisionedStack;
import org.officeapi.stack.StackSpec;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.HashMap;
import java.util.Map;

/**
 * What one scenario has learned so far, shared by its steps through picocontainer: the stack its
 * Background stated, each user's sign-in and credentials, the last answer and the last refusal.
 * Created fresh for every scenario.
 */
public final class ScenarioContext {

    private final StackSpec.Builder spec = new StackSpec.Builder();
    private ProvisionedStack stack;
    private final Map<String, SignInResult> signIns = new HashMap<>();
    private final Map<String, RoleCredentials> credentials = new HashMap<>();
    private ApiAnswer lastAnswer;
    private AwsServiceException lastRefusal;

    public StackSpec.Builder spec() {
        return spec;
    }

    /** The stack the Background stated, provisioned (or found) on first use. */
    public ProvisionedStack stack() {
        if (stack == null) {
            stack = SuiteRun.get().stacks().obtain(spec.build());
        }
        return stack;
    }

    public void signedIn(String user, SignInResult result) {
        signIns.put(user, result);
    }

    public SignInResult signIn(String user) {
        return signIns.get(user);
    }

    public void credentials(String user, RoleCredentials roleCredentials) {
        credentials.put(user, roleCredentials);
    }

    public RoleCredentials credentials(String user) {
        return credentials.get(user);
    }

    public void answered(ApiAnswer answer) {
        this.lastAnswer = answer;
        this.lastRefusal = null;
    }

    public ApiAnswer lastAnswer() {
        if (lastAnswer == null) {
            throw new IllegalStateException("no call was made to the API in this scenario");
        }
        return lastAnswer;
    }

    public void refused(AwsServiceException refusal) {
        this.lastRefusal = refusal;
    }

    public AwsServiceException lastRefusal() {
        if (lastRefusal == null) {
            throw new IllegalStateException("nothing was refused in this scenario");
        }
        return lastRefusal;
    }
}
