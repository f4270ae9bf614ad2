package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.auth.sigv4.SignatureFailure;
import org.officeapi.emulator.auth.sigv4.VerifiedSignature;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 3 of execute-api: for an {@code AWS_IAM} method, checks the SigV4 signature (service
 * {@code execute-api}, the API's region) and asks IAM whether the caller may {@code execute-api:Invoke}
 * the request's ARN. A {@code NONE} method is open to anyone: neither check runs, whatever the request
 * carries.
 */
public final class ExecuteApiAuthorizer {

    public static final String INVOKE = "execute-api:Invoke";

    private final SigV4Verifier verifier;
    private final AccessDecisions decisions;

    public ExecuteApiAuthorizer(SigV4Verifier verifier, AccessDecisions decisions) {
        this.verifier = verifier;
        this.decisions = decisions;
    }

    /**
     * @param apiRegion  the region the API lives in: the only one a signature may be scoped to
     * @param invokeArn  the execute-api ARN of this request
     * @return the caller, or null for a {@code NONE} method
     * @throws GatewayResponseException with AWS's answer when the signature or IAM refuses
     */
    public Caller authorize(HttpRequest request, MethodRecord method, String apiRegion, String invokeArn) {
        if (!MethodRecord.AWS_IAM.equals(method.authorizationType())) {
            return null;
        }
        Caller caller;
        try {
            VerifiedSignature signature = verifier.verify(request, ScopeRule.only("execute-api", apiRegion));
            caller = signature.caller();
        } catch (SignatureFailure failure) {
            throw GatewayResponses.signatureRefused(failure);
        }
        AccessDecision decision = decisions.identity(caller, INVOKE, invokeArn, conditionContext(request));
        if (!decision.allowed()) {
            throw GatewayResponses.accessDenied(denialMessage(caller, invokeArn, decision));
        }
        return caller;
    }

    /**
     * A request to a path, stage or API that does not exist. An unsigned one, and one whose signature
     * is well formed, both get {@code Missing Authentication Token} (UNCONFIRMED for the signed case:
     * AWS documents only the unsigned one, and users report the same answer to signed requests with a
     * wrong stage or path); an {@code Authorization} header that is not SigV4 at all (a bearer token)
     * gets {@code IncompleteSignatureException}, as observed on AWS. No signature is checked further:
     * there is no API whose region it could be checked against.
     */
    public GatewayResponseException unknownRoute(HttpRequest request) {
        if (SigV4Verifier.carriesSignature(request)) {
            try {
                verifier.verify(request, ScopeRule.regional("execute-api"));
            } catch (SignatureFailure failure) {
                if (failure.kind() == SignatureFailure.Kind.INCOMPLETE_SIGNATURE) {
                    return GatewayResponses.signatureRefused(failure);
                }
            }
        }
        return GatewayResponses.missingAuthenticationToken();
    }

    /**
     * AWS's classic wording, with the explicit-deny suffix. UNCONFIRMED which of AWS's two current
     * wordings a given account sees: newer accounts may get "… because no identity-based policy allows
     * the execute-api:Invoke action" instead; tests match on the prefix.
     */
    static String denialMessage(Caller caller, String invokeArn, AccessDecision decision) {
        String message = "User: " + caller.arn() + " is not authorized to perform: " + INVOKE + " on resource: " + invokeArn;
        return decision.outcome() == AccessDecision.Outcome.EXPLICIT_DENY ? message + " with an explicit deny" : message;
    }

    /** The global condition keys a request to execute-api brings to IAM. */
    private static Map<String, List<String>> conditionContext(HttpRequest request) {
        Map<String, List<String>> context = new LinkedHashMap<>();
        Instant at = request.receivedAt();
        context.put("aws:SourceIp", List.of(request.sourceIp()));
        context.put("aws:CurrentTime", List.of(at.toString()));
        context.put("aws:EpochTime", List.of(Long.toString(at.getEpochSecond())));
        // execute-api serves only HTTPS on AWS; the embedded endpoint stands in for that endpoint
        context.put("aws:SecureTransport", List.of("true"));
        String userAgent = request.header("User-Agent");
        if (userAgent != null) {
            context.put("aws:UserAgent", List.of(userAgent));
        }
        return context;
    }
}
