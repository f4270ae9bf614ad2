package org.officeapi.stack;

import java.util.List;
import java.util.stream.Collectors;

/** The IAM policy documents of the stack, as the walkthrough writes them. */
final class Policies {

    private Policies() {}

    /** Trust: authenticated identities of this identity pool, through Cognito (reference §3.1). */
    static String cognitoTrust(String identityPoolId) {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Principal":{"Federated":"cognito-identity.amazonaws.com"},\
                "Action":"sts:AssumeRoleWithWebIdentity",\
                "Condition":{"StringEquals":{"cognito-identity.amazonaws.com:aud":"%s"},\
                "ForAnyValue:StringLike":{"cognito-identity.amazonaws.com:amr":"authenticated"}}}]}""".formatted(identityPoolId);
    }

    /** Allows {@code execute-api:Invoke} on exactly these methods of the API, any stage. */
    static String mayInvoke(String region, String accountId, String apiId, List<ApiResource> resources) {
        String arns = resources.stream()
                .map(r -> "\"arn:aws:execute-api:" + region + ":" + accountId + ":" + apiId + "/*/" + r.method() + r.path() + "\"")
                .collect(Collectors.joining(","));
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["execute-api:Invoke"],"Resource":[%s]}]}"""
                .formatted(arns);
    }

    /** Trust for the function's execution role: the Lambda service. */
    static String lambdaTrust() {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},\
                "Action":"sts:AssumeRole"}]}""";
    }

    /** What the function itself may do: write its logs, nothing else. */
    static String lambdaLogs() {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"}]}""";
    }
}
