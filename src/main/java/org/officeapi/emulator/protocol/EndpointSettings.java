package org.officeapi.emulator.protocol;

import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;

import java.util.function.Function;

/**
 * What a protocol endpoint needs beyond its operations: the service's model, how signatures are
 * checked and authorized, where unsigned calls apply, and the code the service reports input
 * validation failures under.
 *
 * @param stateRegion         maps the region a call was signed for to the region whose state it acts on
 *                            (identity for regional services; always {@code aws-global} for IAM)
 * @param validationErrorCode e.g. {@code InvalidParameterException} (Cognito), {@code ValidationError} (IAM)
 * @param resourceOf          the ARN an operation acts on, for IAM authorization of non-root callers
 */
public record EndpointSettings(ServiceModel model, SigV4Verifier verifier, ScopeRule scopeRule,
                               CallAuthorizer authorizer, String defaultAccount, String defaultRegion,
                               Function<String, String> stateRegion, String validationErrorCode,
                               ResourceNamer resourceOf) {

    /** Names the resource an operation acts on (for IAM); {@code "*"} when the operation has none. */
    @FunctionalInterface
    public interface ResourceNamer {
        String resourceArn(String operation, Object input, String account, String region);

        static ResourceNamer any() {
            return (operation, input, account, region) -> "*";
        }
    }
}
