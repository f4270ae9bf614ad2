package org.officeapi.emulator.iam;

import org.officeapi.emulator.auth.policy.Evaluation;
import org.officeapi.emulator.auth.policy.MalformedPolicyException;
import org.officeapi.emulator.auth.policy.PolicyDocument;
import org.officeapi.emulator.auth.policy.PolicyEvaluator;
import org.officeapi.emulator.auth.policy.PolicyKind;
import org.officeapi.emulator.auth.policy.PolicySource;
import org.officeapi.emulator.auth.policy.Position;
import org.officeapi.emulator.auth.policy.RequestContext;
import org.officeapi.emulator.auth.policy.StatementMatch;
import org.officeapi.emulator.core.AwsErrorException;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.iam.model.History;
import org.officeapi.emulator.iam.model.ManagedPolicy;
import org.officeapi.emulator.iam.model.RoleState;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.ResourceSpecificResult;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyRequest;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * IAM's policy simulator for roles: evaluates a role's policies (as IAM holds them now) for every
 * action and resource asked about, with the context entries given, and says which statements
 * decided.
 */
public final class IamSimulator {

    private final IamStore store;
    private final IamRoles roles;

    public IamSimulator(IamStore store, IamRoles roles) {
        this.store = store;
        this.roles = roles;
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html">SimulatePrincipalPolicy</a> */
    public SimulatePrincipalPolicyResponse simulatePrincipalPolicy(SimulatePrincipalPolicyRequest request, CallContext context) {
        refuseUnsupported(request);
        RoleState state = principal(request.policySourceArn(), context);
        List<PolicySource> policies = new ArrayList<>(RolePolicySources.of(state, arn -> currentPolicy(context, arn)));
        int n = 0;
        for (String text : request.policyInputList()) {
            n++;
            try {
                policies.add(new PolicySource("PolicyInputList." + n, "none", "input policy " + n, PolicyDocument.parse(text, PolicyKind.IDENTITY)));
            } catch (MalformedPolicyException e) {
                // UNCONFIRMED: the simulator reports a bad input policy as InvalidInput
                throw new AwsErrorException("InvalidInput", 400, e.getMessage());
            }
        }
        RequestContext.Builder base = RequestContext.builder().action("*");
        for (ContextEntry entry : request.contextEntries()) {
            if (entry.contextKeyName() == null) {
                // UNCONFIRMED: AWS's wording for a context entry without a key name
                throw new AwsErrorException("InvalidInput", 400, "ContextKeyName is required for each context entry.");
            }
            base.key(entry.contextKeyName(), entry.contextKeyValues());
        }
        RequestContext keys = base.build();
        boolean resourcesGiven = request.hasResourceArns() && !request.resourceArns().isEmpty();
        List<String> resources = resourcesGiven ? request.resourceArns() : List.of("*");
        List<EvaluationResult> results = new ArrayList<>();
        for (String action : request.actionNames()) {
            for (String resource : resources) {
                Evaluation evaluation = PolicyEvaluator.evaluate(policies,
                        RequestContext.builder().action(action).resource(resource).keys(keys.keys()).build());
                results.add(result(evaluation, resourcesGiven));
            }
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            indexes.add(i);
        }
        Paging.Page<Integer> page = Paging.page(indexes, i -> String.format("%08d", i), request.marker(), request.maxItems());
        return SimulatePrincipalPolicyResponse.builder()
                .evaluationResults(page.items().stream().map(results::get).toList())
                .isTruncated(page.truncated())
                .marker(page.nextMarker())
                .build();
    }

    private static EvaluationResult result(Evaluation evaluation, boolean perResource) {
        List<software.amazon.awssdk.services.iam.model.Statement> matched = evaluation.matched().stream()
                .map(IamSimulator::statement).toList();
        List<String> missing = evaluation.missingContextKeys().stream().sorted().toList();
        EvaluationResult.Builder result = EvaluationResult.builder()
                .evalActionName(evaluation.action())
                .evalResourceName(evaluation.resource())
                .evalDecision(evaluation.decision().simulatorName())
                .matchedStatements(matched)
                .missingContextValues(missing);
        if (perResource) {
            // UNCONFIRMED: AWS's exact use of ResourceSpecificResults when resources are named
            result.resourceSpecificResults(ResourceSpecificResult.builder()
                    .evalResourceName(evaluation.resource())
                    .evalResourceDecision(evaluation.decision().simulatorName())
                    .matchedStatements(matched)
                    .missingContextValues(missing)
                    .build());
        }
        return result.build();
    }

    private static software.amazon.awssdk.services.iam.model.Statement statement(StatementMatch match) {
        software.amazon.awssdk.services.iam.model.Statement.Builder out = software.amazon.awssdk.services.iam.model.Statement.builder()
                .sourcePolicyId(match.source().id())
                .sourcePolicyType(match.source().type());
        if (match.statement().start() != null) {
            out.startPosition(position(match.statement().start())).endPosition(position(match.statement().end()));
        }
        return out.build();
    }

    private static software.amazon.awssdk.services.iam.model.Position position(Position position) {
        return software.amazon.awssdk.services.iam.model.Position.builder().line(position.line()).column(position.column()).build();
    }

    /** The simulated principal: a role of the caller's account (this IAM has no users or groups). */
    private RoleState principal(String arn, CallContext context) {
        IamArns.Parsed parsed = IamArns.parse(arn).orElseThrow(() -> IamErrors.invalidArn(arn));
        switch (parsed.type()) {
            case "user" -> throw IamErrors.userNotFound(parsed.name());
            case "group" -> throw IamErrors.groupNotFound(parsed.name());
            case "role" -> {
                if (!parsed.account().equals(context.accountId())) {
                    throw IamErrors.roleNotFound(parsed.name());
                }
                RoleState state = roles.existing(context, parsed.name());
                if (!state.role().path().equals(parsed.path())) {
                    throw IamErrors.roleNotFound(parsed.name());
                }
                return state;
            }
            default -> throw IamErrors.invalidArn(arn);
        }
    }

    private ManagedPolicy currentPolicy(CallContext context, String arn) {
        History<ManagedPolicy> history = store.account(context.accountId()).policies.get(arn);
        return history == null ? null : history.current();
    }

    /** Parameters this simulator does not evaluate are refused rather than silently ignored. */
    private static void refuseUnsupported(SimulatePrincipalPolicyRequest request) {
        if (request.resourcePolicy() != null) {
            throw IamErrors.simulationInputNotSupported("ResourcePolicy");
        }
        if (request.hasPermissionsBoundaryPolicyInputList() && !request.permissionsBoundaryPolicyInputList().isEmpty()) {
            throw IamErrors.simulationInputNotSupported("PermissionsBoundaryPolicyInputList");
        }
        if (request.callerArn() != null) {
            throw IamErrors.simulationInputNotSupported("CallerArn");
        }
        if (request.resourceOwner() != null) {
            throw IamErrors.simulationInputNotSupported("ResourceOwner");
        }
        if (request.resourceHandlingOption() != null) {
            throw IamErrors.simulationInputNotSupported("ResourceHandlingOption");
        }
    }
}
