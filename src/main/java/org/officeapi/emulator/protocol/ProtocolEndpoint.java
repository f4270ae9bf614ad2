package org.officeapi.emulator.protocol;

import org.officeapi.emulator.auth.sigv4.SignatureFailure;
import org.officeapi.emulator.auth.sigv4.VerifiedSignature;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.core.ServiceEndpoint;
import software.amazon.awssdk.core.SdkPojo;

import java.util.Optional;

/**
 * The steps every AWS protocol shares, in AWS's order: find the operation, check the signature (for
 * operations AWS signs), authorize a non-root caller, read the input, validate it against the model,
 * run the operation, write the output. Subclasses supply what differs per protocol: how the
 * operation is named on the wire, how input is read and output and errors are written.
 */
public abstract class ProtocolEndpoint implements ServiceEndpoint {

    protected final EndpointSettings settings;
    protected final OperationTable operations;
    private final InputValidator validator;

    protected ProtocolEndpoint(EndpointSettings settings, OperationTable operations) {
        this.settings = settings;
        this.operations = operations;
        this.validator = new InputValidator(settings.model());
        for (String name : operations.all().keySet()) {
            if (settings.model().operation(name).isEmpty()) {
                throw new IllegalArgumentException(name + " is not an operation of " + settings.model().name());
            }
        }
    }

    /** What the wire names the operation, or empty when it names none this service knows. */
    protected abstract Optional<WireOperation> identify(HttpRequest request);

    /** Reads the input shape from the request. */
    protected abstract SdkPojo readInput(WireOperation operation, Class<? extends SdkPojo> inputType, HttpRequest request);

    protected abstract HttpResponse writeOutput(WireOperation operation, SdkPojo output, String requestId);

    protected abstract HttpResponse writeError(AwsErrorException error, String requestId);

    /** The error for a request that names no known operation. */
    protected abstract AwsErrorException unknownOperation(HttpRequest request);

    /** The error for input that cannot be read at all. */
    protected abstract AwsErrorException malformedInput(MalformedInputException cause);

    /** How this protocol reports a refused signature. */
    protected abstract AwsErrorException signatureError(SignatureFailure failure);

    /** How this protocol reports an IAM denial. */
    protected abstract AwsErrorException accessDenied(String message);

    /** An operation recognised on the wire, with what the protocol extracted while recognising it (path labels). */
    public record WireOperation(ServiceModel.Operation model, java.util.Map<String, String> pathLabels) {
        public String name() {
            return model.name();
        }
    }

    /** What a protocol adds to every answer, given the request (CORS headers for awsJson1_1); by default nothing. */
    protected HttpResponse answered(HttpRequest request, HttpResponse response) {
        return response;
    }

    @Override
    public final HttpResponse handle(HttpRequest request) {
        return answered(request, run(request));
    }

    private HttpResponse run(HttpRequest request) {
        String requestId = Ids.uuid();
        try {
            WireOperation operation = identify(request).orElseThrow(() -> unknownOperation(request));
            OperationTable.Bound<?> bound = operations.get(operation.name()).orElseThrow(() -> notImplemented(operation.name()));
            Caller caller = null;
            String account = settings.defaultAccount();
            String region = settings.defaultRegion();
            if (operation.model().signed()) {
                VerifiedSignature signature = verify(request);
                caller = signature.caller();
                account = caller.accountId();
                region = settings.stateRegion().apply(signature.region());
            }
            SdkPojo input;
            try {
                input = readInput(operation, bound.inputType(), request);
            } catch (MalformedInputException e) {
                throw malformedInput(e);
            }
            if (caller != null && !caller.isRoot()) {
                EndpointSettings.IamQuestion question = settings.iam().of(operation.model(), request, input, account, region);
                Optional<String> denial = settings.authorizer().denial(caller, question.action(), question.resource());
                if (denial.isPresent()) {
                    throw accessDenied(denial.get());
                }
            }
            String problems = validator.violations(operation.model().input(), input);
            if (problems != null) {
                throw new AwsErrorException(settings.validationErrorCode(), 400, problems);
            }
            CallContext context = new CallContext(requestId, account, region, caller, request.sourceIp(),
                    request.header("User-Agent"), request.receivedAt());
            SdkPojo output = bound.invoke(input, context);
            return writeOutput(operation, output, requestId);
        } catch (AwsErrorException e) {
            return writeError(e, requestId);
        }
    }

    private VerifiedSignature verify(HttpRequest request) {
        try {
            return settings.verifier().verify(request, settings.scopeRule());
        } catch (SignatureFailure failure) {
            throw signatureError(failure);
        }
    }

    private AwsErrorException notImplemented(String operation) {
        return new AwsErrorException("NotImplementedException", 400, "The embedded AWS does not implement "
                + settings.model().signingName() + " " + operation + ".");
    }

    @Override
    public HttpResponse bodyTooLarge(HttpRequest request) {
        return answered(request, writeError(new AwsErrorException("RequestEntityTooLargeException", 413,
                "Request must be smaller than " + maxBodyBytes() + " bytes for the " + settings.model().name() + " service."), Ids.uuid()));
    }
}
