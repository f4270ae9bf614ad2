package org.officeapi.steps;

import org.officeapi.calls.ApiAnswer;
import org.officeapi.signin.RoleCredentials;
import org.officeapi.signin.SignInResult;
import org.officeapi.stack.ProvisionedStack;
import org.officeapi.stack.StackSpec;
import org.officeapi.stack.StackVariants;
import org.officeapi.stack.UserAccount;
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
    private final Map<String, UserAccount> ownUsers = new HashMap<>();
    private StackVariants.OtherPool otherPool;
    private String otherClientId;
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

    /** A user this scenario created for itself (Max in no group, Tess with a temporary password). */
    public void ownUser(String user, UserAccount account) {
        ownUsers.put(user, account);
    }

    /** The user's sign-in: one this scenario created, or one of the Background's. */
    public UserAccount account(String user) {
        UserAccount own = ownUsers.get(user);
        return own != null ? own : stack().user(user);
    }

    public void otherPool(StackVariants.OtherPool pool) {
        this.otherPool = pool;
    }

    public StackVariants.OtherPool otherPool() {
        if (otherPool == null) {
            throw new IllegalStateException("the scenario created no other user pool");
        }
        return otherPool;
    }

    public void otherClientId(String clientId) {
        this.otherClientId = clientId;
    }

    public String otherClientId() {
        if (otherClientId == null) {
            throw new IllegalStateException("the scenario created no other app client");
        }
        return otherClientId;
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
        this.lastAnswer = null;
    }

    /** Forgets an earlier refusal, so that a Then step cannot mistake it for the outcome of a later When. */
    public void succeeded() {
        this.lastRefusal = null;
    }

    public boolean wasRefused() {
        return lastRefusal != null;
    }

    public AwsServiceException lastRefusal() {
        if (lastRefusal == null) {
            throw new IllegalStateException("nothing was refused in this scenario");
        }
        return lastRefusal;
    }
}
