package org.officeapi.stack;

import java.net.URI;
import java.util.Map;

/**
 * A stack as it exists on a target: the physical ids behind the spec's logical names.
 *
 * @param roleArns by logical role name (as the features name them)
 * @param users    by logical user name (John, Rose)
 * @param invokeUrl the API's base URL, without the stage (paths start with {@code /{stage}})
 */
public record ProvisionedStack(StackSpec spec, String region, String accountId, String apiId, String stage, URI invokeUrl,
                               String userPoolId, String clientId, String identityPoolId, Map<String, String> roleArns,
                               Map<String, UserAccount> users) {

    public ProvisionedStack {
        roleArns = Map.copyOf(roleArns);
        users = Map.copyOf(users);
    }

    /** {@code cognito-idp.{region}.amazonaws.com/{poolId}}: the Logins key and identity-provider name of the pool. */
    public String userPoolProviderName() {
        return "cognito-idp." + region + ".amazonaws.com/" + userPoolId;
    }

    public String roleArn(String logicalName) {
        String arn = roleArns.get(logicalName);
        if (arn == null) {
            throw new IllegalArgumentException("the stack has no role " + logicalName);
        }
        return arn;
    }

    public UserAccount user(String logicalName) {
        UserAccount account = users.get(logicalName);
        if (account == null) {
            throw new IllegalArgumentException("the stack has no user " + logicalName);
        }
        return account;
    }

    /** The execute-api ARN of a method, as IAM policies and API Gateway's authorization name it. */
    public String methodArn(String method, String path) {
        return "arn:aws:execute-api:" + region + ":" + accountId + ":" + apiId + "/" + stage + "/" + method + path;
    }
}
