package org.officeapi.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response headers that echo who called, from the proxy event's {@code requestContext.identity}.
 * Only identifiers: never the access key id the identity also carries.
 */
public final class CallerHeaders {

    public static final String CALLER_ARN = "X-Office-Caller-Arn";
    public static final String COGNITO_IDENTITY_ID = "X-Office-Cognito-Identity-Id";
    public static final String COGNITO_IDENTITY_POOL_ID = "X-Office-Cognito-Identity-Pool-Id";
    public static final String COGNITO_AUTHENTICATION_TYPE = "X-Office-Cognito-Authentication-Type";
    public static final String COGNITO_AUTHENTICATION_PROVIDER = "X-Office-Cognito-Authentication-Provider";

    private CallerHeaders() {}

    /** The headers for the identities the event names; absent (null) values are left out, as headers cannot be null. */
    public static Map<String, String> of(APIGatewayProxyRequestEvent event) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (event == null || event.getRequestContext() == null || event.getRequestContext().getIdentity() == null) {
            return headers;
        }
        APIGatewayProxyRequestEvent.RequestIdentity identity = event.getRequestContext().getIdentity();
        put(headers, CALLER_ARN, identity.getUserArn());
        put(headers, COGNITO_IDENTITY_ID, identity.getCognitoIdentityId());
        put(headers, COGNITO_IDENTITY_POOL_ID, identity.getCognitoIdentityPoolId());
        put(headers, COGNITO_AUTHENTICATION_TYPE, identity.getCognitoAuthenticationType());
        put(headers, COGNITO_AUTHENTICATION_PROVIDER, identity.getCognitoAuthenticationProvider());
        return headers;
    }

    private static void put(Map<String, String> headers, String name, String value) {
        if (value != null && !value.isEmpty()) {
            headers.put(name, value);
        }
    }
}
