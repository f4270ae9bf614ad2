package org.officeapi.emulator.protocol;

import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.core.HttpRequest;

import java.util.function.Function;

/**
 * What a protocol endpoint needs beyond its operations: the service's model, how signatures are
 * checked and authorized, where unsigned calls apply, and the code the service reports input
 * validation failures under.
 *
 * @param stateRegion         maps the region a call was signed for to the region whose state it acts on
 *                            (identity for regional services; always {@code aws-global} for IAM)
 * @param validationErrorCode e.g. {@code InvalidParameterException} (Cognito), {@code ValidationError} (IAM)
 * @param iam                 what IAM is asked about a signed call of a non-root caller
 */
public record EndpointSettings(ServiceModel model, SigV4Verifier verifier, ScopeRule scopeRule,
                               CallAuthorizer authorizer, String defaultAccount, String defaultRegion,
                               Function<String, String> stateRegion, String validationErrorCode,
                               IamQuestions iam) {

    /** The action and resource IAM decides on. */
    public record IamQuestion(String action, String resource) {}

    /**
     * How a service names, for IAM, what a call does: most services act {@code <prefix>:<Operation>} on the
     * resource the input names; API Gateway's control plane acts {@code apigateway:<HTTP verb>} on the path.
     */
    @FunctionalInterface
    public interface IamQuestions {
        IamQuestion of(ServiceModel.Operation operation, HttpRequest request, Object input, String account, String region);

        /** {@code <prefix>:<Operation>} on the resource {@code resources} names. */
        static IamQuestions byOperation(String prefix, ResourceNamer resources) {
            return (operation, request, input, account, region) -> new IamQuestion(prefix + ":" + operation.name(),
                    resources.resourceArn(operation.name(), input, account, region));
        }
    }

    /** Names the resource an operation acts on (for IAM); {@code "*"} when the operation has none. */
    @FunctionalInterface
    public interface ResourceNamer {
        String resourceArn(String operation, Object input, String account, String region);

        static ResourceNamer any() {
            return (operation, input, account, region) -> "*";
        }
    }
}
