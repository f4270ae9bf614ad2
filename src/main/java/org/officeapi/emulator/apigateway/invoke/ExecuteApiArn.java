package org.officeapi.emulator.apigateway.invoke;

/**
 * {@code arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{VERB}/{path}}: the resource IAM
 * authorizes execute-api:Invoke on. The path is the one actually requested (not the resource
 * template) without its leading slash, so the root gives a trailing slash ({@code …/api/GET/}).
 * The path stays percent-encoded as sent (UNCONFIRMED: AWS documents only unencoded examples).
 */
public final class ExecuteApiArn {

    private ExecuteApiArn() {}

    public static String of(String region, String accountId, String apiId, String stage, String httpMethod, String resourcePath) {
        String path = resourcePath.startsWith("/") ? resourcePath.substring(1) : resourcePath;
        return "arn:aws:execute-api:" + region + ":" + accountId + ":" + apiId + "/" + stage + "/" + httpMethod + "/" + path;
    }
}
