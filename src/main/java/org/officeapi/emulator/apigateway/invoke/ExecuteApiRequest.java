package org.officeapi.emulator.apigateway.invoke;

/**
 * What an invoke URL names, whichever layout carried it.
 *
 * @param apiId        the REST API id
 * @param stage        the stage name ("" when the URL names none)
 * @param resourcePath the path after the stage, still percent-encoded as sent, starting with {@code /}
 *                     ({@code /} for the root)
 * @param hostName     the execute-api host name the request was sent to (HOST layout), else null
 */
public record ExecuteApiRequest(Layout layout, String apiId, String stage, String resourcePath, String hostName) {

    /** How the request reached the API. */
    public enum Layout {
        /** {@code {endpoint}/_aws/execute-api/{apiId}/{stage}/{path}} (LocalStack's layout) */
        AWS_PATH,
        /** {@code {endpoint}/restapis/{apiId}/{stage}/_user_request_/{path}} (LocalStack's older layout) */
        USER_REQUEST_PATH,
        /** {@code Host: {apiId}.execute-api.{anything}} with {@code /{stage}/{path}}, as on AWS */
        HOST
    }

    /** {@code requestContext.domainName}: the host name the client used, or the one AWS would have given the API. */
    public String domainName(String apiRegion) {
        return hostName != null ? hostName : apiId + ".execute-api." + apiRegion + ".amazonaws.com";
    }

    /** The path as AWS sees it, stage included ({@code /api/user}; {@code /api/} for the root): requestContext.path. */
    public String stagePath() {
        return "/" + stage + resourcePath;
    }
}
