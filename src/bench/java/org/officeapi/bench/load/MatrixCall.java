package org.officeapi.bench.load;

import org.officeapi.calls.ApiAnswer;
import org.officeapi.stack.ProvisionedStack;

import java.util.List;
import java.util.Optional;

/**
 * One row of the walkthrough's access matrix and how its answer is checked: a call that goes through must
 * answer the Lambda's text as the caller's assumed role; a refused one must be API Gateway's
 * AccessDeniedException naming the caller's role session and the method's ARN.
 *
 * @param role the logical role the user acts as (the one their ID token prefers)
 */
record MatrixCall(String user, String role, String method, String path, int status, String answer) {

    /** The walkthrough's access matrix (features/access/access_matrix.feature). */
    static final List<MatrixCall> MATRIX = List.of(
            new MatrixCall("John", WalkthroughSpec.USER_ROLE, "GET", "/api/user", 200, "Hello user"),
            new MatrixCall("John", WalkthroughSpec.USER_ROLE, "GET", "/api/admin", 403, "AccessDeniedException"),
            new MatrixCall("Rose", WalkthroughSpec.ADMIN_ROLE, "GET", "/api/user", 200, "Hello user"),
            new MatrixCall("Rose", WalkthroughSpec.ADMIN_ROLE, "GET", "/api/admin", 200, "Hello admin"));

    /** What is wrong with the answer, or empty when it is the answer AWS would give. */
    Optional<String> mismatch(ApiAnswer answer, ProvisionedStack stack) {
        String roleArn = stack.roleArn(role);
        String callerArn = "arn:aws:sts::" + stack.accountId() + ":assumed-role/" + roleArn.substring(roleArn.lastIndexOf('/') + 1)
                + "/CognitoIdentityCredentials";
        if (answer.status() != status) {
            return Optional.of(this + ": status " + answer.status() + " (body " + answer.body() + ")");
        }
        if (status < 400) {
            if (!answer.body().equals(this.answer)) {
                return Optional.of(this + ": body " + answer.body());
            }
            if (!callerArn.equals(answer.header("X-Office-Caller-Arn"))) {
                return Optional.of(this + ": the Lambda saw the caller as " + answer.header("X-Office-Caller-Arn"));
            }
            return Optional.empty();
        }
        if (!this.answer.equals(answer.errorType())) {
            return Optional.of(this + ": error type " + answer.errorType());
        }
        String denial = "User: " + callerArn + " is not authorized to perform: execute-api:Invoke on resource: "
                + stack.methodArn(method, path.substring(path.indexOf('/', 1)));
        String message = answer.errorMessage();
        if (message == null || !message.startsWith(denial)) {
            return Optional.of(this + ": refusal " + message);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return user + " " + method + " " + path;
    }
}
