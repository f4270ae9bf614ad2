package org.officeapi.emulator.lambda.model;

/**
 * One statement of a function's resource-based policy, as {@code AddPermission} creates it: it allows
 * {@code principal} (a service such as {@code apigateway.amazonaws.com}, an account root ARN, or
 * {@code *}) to call {@code action} on {@code resource}, under the conditions that are not null.
 */
public record PermissionStatement(String sid, Principal principal, String action, String resource, String sourceArn,
                                  String sourceAccount, String principalOrgId, String eventSourceToken,
                                  String functionUrlAuthType) {

    /** How the statement names its principal: {@code {"Service": …}}, {@code {"AWS": …}} or {@code "*"}. */
    public record Principal(Kind kind, String value) {
        public enum Kind { SERVICE, AWS, ANYONE }
    }
}
