package org.officeapi.emulator.apigateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ARNs API Gateway's control plane names its resources by (for tags): {@code arn:aws:apigateway:{region}::/restapis/…}. */
final class ApiArns {

    private static final Pattern REST_API = Pattern.compile("arn:aws:apigateway:([a-z0-9-]+)::/restapis/([^/]+)");
    private static final Pattern STAGE = Pattern.compile("arn:aws:apigateway:([a-z0-9-]+)::/restapis/([^/]+)/stages/([^/]+)");

    /** A taggable resource an ARN names: a REST API, or one of its stages ({@code stage} null for the API). */
    record Target(String region, String apiId, String stage) {}

    private ApiArns() {}

    static String restApi(String region, String apiId) {
        return "arn:aws:apigateway:" + region + "::/restapis/" + apiId;
    }

    static String stage(String region, String apiId, String stageName) {
        return restApi(region, apiId) + "/stages/" + stageName;
    }

    static Target parse(String arn) {
        Matcher stage = STAGE.matcher(arn);
        if (stage.matches()) {
            return new Target(stage.group(1), stage.group(2), stage.group(3));
        }
        Matcher api = REST_API.matcher(arn);
        if (api.matches()) {
            return new Target(api.group(1), api.group(2), null);
        }
        throw ApiGatewayErrors.invalidResourceArn(arn);
    }
}
