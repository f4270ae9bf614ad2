package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.lambda.model.LambdaFunction;
import org.officeapi.emulator.lambda.model.PermissionStatement;
import software.amazon.awssdk.services.lambda.model.AddPermissionRequest;
import software.amazon.awssdk.services.lambda.model.AddPermissionResponse;
import software.amazon.awssdk.services.lambda.model.GetPolicyRequest;
import software.amazon.awssdk.services.lambda.model.GetPolicyResponse;
import software.amazon.awssdk.services.lambda.model.RemovePermissionRequest;
import software.amazon.awssdk.services.lambda.model.RemovePermissionResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/** A function's resource-based policy: who else may invoke it. One public method per operation. */
public final class LambdaPermissions {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern IAM_ARN = Pattern.compile("arn:aws[a-zA-Z-]*:iam::\\d{12}:.+");
    /** Lambda's quota for a function's resource-based policy. */
    private static final int MAX_POLICY_BYTES = 20_480;

    private final LambdaStore store;

    public LambdaPermissions(LambdaStore store) {
        this.store = store;
    }

    /**
     * Adds a statement allowing a service ({@code apigateway.amazonaws.com}), an account or {@code *} to
     * perform an action on the function, optionally only from {@code SourceArn} (ArnLike) or
     * {@code SourceAccount}; returns the statement as JSON.
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html">AddPermission</a>
     */
    public AddPermissionResponse addPermission(AddPermissionRequest request, CallContext context) {
        FunctionNames.Reference ref = resolve(request.functionName(), request.qualifier(), context, "lambda:AddPermission");
        if (FunctionNames.LATEST.equals(ref.qualifier())) {
            throw LambdaErrors.invalidParameter("We currently do not support adding policies for $LATEST.");
        }
        PermissionStatement statement = new PermissionStatement(request.statementId(), principal(request.principal()),
                request.action(), ref.arn(), request.sourceArn(), request.sourceAccount(), request.principalOrgID(),
                request.eventSourceToken(), request.functionUrlAuthTypeAsString());
        change(ref, fn -> {
            checkRevision(request.revisionId(), fn);
            if (fn.permissions().stream().anyMatch(s -> s.sid().equals(statement.sid()))) {
                throw LambdaErrors.statementExists(statement.sid());
            }
            List<PermissionStatement> statements = new ArrayList<>(fn.permissions());
            statements.add(statement);
            int size = PolicyDocuments.policy(statements).length();
            if (size > MAX_POLICY_BYTES) {
                throw new AwsErrorException("PolicyLengthExceededException", 400,
                        "The final policy size (" + size + ") is bigger than the limit (" + MAX_POLICY_BYTES + ").");
            }
            return statements;
        });
        return AddPermissionResponse.builder().statement(PolicyDocuments.statement(statement)).build();
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_RemovePermission.html">RemovePermission</a> */
    public RemovePermissionResponse removePermission(RemovePermissionRequest request, CallContext context) {
        FunctionNames.Reference ref = resolve(request.functionName(), request.qualifier(), context, "lambda:RemovePermission");
        change(ref, fn -> {
            if (fn.permissions().isEmpty()) {
                throw LambdaErrors.noPolicy();
            }
            if (fn.permissions().stream().noneMatch(s -> s.sid().equals(request.statementId()))) {
                throw LambdaErrors.statementNotFound(request.statementId());
            }
            checkRevision(request.revisionId(), fn);
            return fn.permissions().stream().filter(s -> !s.sid().equals(request.statementId())).toList();
        });
        return RemovePermissionResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetPolicy.html">GetPolicy</a> */
    public GetPolicyResponse getPolicy(GetPolicyRequest request, CallContext context) {
        FunctionNames.Reference ref = resolve(request.functionName(), request.qualifier(), context, "lambda:GetPolicy");
        LambdaFunction fn = store.in(ref.account(), ref.region()).functions.get(ref.name());
        if (fn == null) {
            throw LambdaErrors.functionNotFound(ref.qualifiedArn());
        }
        if (fn.permissions().isEmpty()) {
            throw LambdaErrors.noPolicy();
        }
        return GetPolicyResponse.builder().policy(PolicyDocuments.policy(fn.permissions())).revisionId(fn.revisionId()).build();
    }

    private static FunctionNames.Reference resolve(String name, String qualifier, CallContext context, String action) {
        FunctionNames.Reference ref = FunctionNames.resolve(name, qualifier, context, action);
        if (!ref.latest()) {
            throw LambdaErrors.functionNotFound(ref.qualifiedArn());
        }
        return ref;
    }

    /** Replaces the function's statements atomically (and gives it a new RevisionId), or throws and changes nothing. */
    private void change(FunctionNames.Reference ref, java.util.function.Function<LambdaFunction, List<PermissionStatement>> edit) {
        AtomicReference<Boolean> found = new AtomicReference<>(false);
        store.in(ref.account(), ref.region()).functions.computeIfPresent(ref.name(), (name, fn) -> {
            found.set(true);
            return fn.withPermissions(edit.apply(fn), Ids.uuid());
        });
        if (!found.get()) {
            throw LambdaErrors.functionNotFound(ref.arn());
        }
    }

    private static void checkRevision(String revisionId, LambdaFunction fn) {
        if (revisionId != null && !revisionId.equals(fn.revisionId())) {
            throw LambdaErrors.revisionMismatch();
        }
    }

    /** How Lambda writes a principal into the statement: a service, an account (as its root ARN), an IAM ARN, or anyone. */
    static PermissionStatement.Principal principal(String principal) {
        if (principal.equals("*")) {
            return new PermissionStatement.Principal(PermissionStatement.Principal.Kind.ANYONE, "*");
        }
        if (ACCOUNT_ID.matcher(principal).matches()) {
            return new PermissionStatement.Principal(PermissionStatement.Principal.Kind.AWS, "arn:aws:iam::" + principal + ":root");
        }
        if (IAM_ARN.matcher(principal).matches()) {
            return new PermissionStatement.Principal(PermissionStatement.Principal.Kind.AWS, principal);
        }
        if (principal.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*\\.amazonaws\\.com(\\.cn)?")) {
            return new PermissionStatement.Principal(PermissionStatement.Principal.Kind.SERVICE, principal);
        }
        throw LambdaErrors.invalidPrincipal();
    }
}
