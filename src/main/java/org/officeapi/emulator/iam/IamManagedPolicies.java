package org.officeapi.emulator.iam;

import org.officeapi.emulator.auth.policy.PolicyDocument;
import org.officeapi.emulator.auth.policy.PolicyKind;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.iam.model.History;
import org.officeapi.emulator.iam.model.ManagedPolicy;
import org.officeapi.emulator.iam.model.RoleState;
import software.amazon.awssdk.services.iam.model.AttachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.AttachRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.CreatePolicyRequest;
import software.amazon.awssdk.services.iam.model.CreatePolicyResponse;
import software.amazon.awssdk.services.iam.model.DeletePolicyRequest;
import software.amazon.awssdk.services.iam.model.DeletePolicyResponse;
import software.amazon.awssdk.services.iam.model.DetachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.DetachRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.GetPolicyRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyResponse;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Customer managed policies and their attachment to roles. One method per AWS operation. */
public final class IamManagedPolicies {

    private final IamStore store;
    private final IamRoles roles;

    public IamManagedPolicies(IamStore store, IamRoles roles) {
        this.store = store;
        this.roles = roles;
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html">CreatePolicy</a> */
    public CreatePolicyResponse createPolicy(CreatePolicyRequest request, CallContext context) {
        IamDocuments.parse(request.policyDocument(), PolicyKind.IDENTITY);
        if (PolicyDocument.quotaSize(request.policyDocument()) > IamQuotas.MANAGED_POLICY_SIZE) {
            throw IamErrors.managedPolicyTooLarge();
        }
        String path = request.path() == null ? "/" : request.path();
        IamStore.Account account = store.account(context.accountId());
        synchronized (account) {
            boolean taken = account.policies.values().stream().map(History::current).filter(Objects::nonNull)
                    .anyMatch(p -> p.name().equalsIgnoreCase(request.policyName()));
            if (taken) {
                throw IamErrors.policyExists(request.policyName());
            }
            Map<String, String> tags = IamTags.merge(Map.of(), request.hasTags() ? request.tags() : List.of());
            String arn = IamArns.policy(context.accountId(), path, request.policyName());
            ManagedPolicy policy = new ManagedPolicy(context.accountId(), request.policyName(), path, Ids.iamId("ANPA", 21), arn,
                    request.policyDocument(), request.description(), context.receivedAt(), tags);
            account.policies.computeIfAbsent(arn, k -> new History<>()).record(context.receivedAt(), policy, store.propagationDelay());
            return CreatePolicyResponse.builder().policy(IamShapes.policy(policy, 0, true)).build();
        }
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html">GetPolicy</a> */
    public GetPolicyResponse getPolicy(GetPolicyRequest request, CallContext context) {
        ManagedPolicy policy = existing(context, request.policyArn());
        return GetPolicyResponse.builder().policy(IamShapes.policy(policy, attachments(context, policy.arn()), true)).build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html">GetPolicyVersion</a> */
    public GetPolicyVersionResponse getPolicyVersion(GetPolicyVersionRequest request, CallContext context) {
        ManagedPolicy policy = existing(context, request.policyArn());
        if (!ManagedPolicy.DEFAULT_VERSION.equals(request.versionId())) {
            throw IamErrors.policyVersionNotFound(request.policyArn(), request.versionId());
        }
        return GetPolicyVersionResponse.builder().policyVersion(PolicyVersion.builder()
                .document(IamDocuments.urlEncode(policy.document()))
                .versionId(ManagedPolicy.DEFAULT_VERSION)
                .isDefaultVersion(true)
                .createDate(policy.createDate())
                .build()).build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicy.html">DeletePolicy</a> */
    public DeletePolicyResponse deletePolicy(DeletePolicyRequest request, CallContext context) {
        IamStore.Account account = store.account(context.accountId());
        synchronized (account) {
            ManagedPolicy policy = existing(context, request.policyArn());
            if (attachments(context, policy.arn()) > 0) {
                throw IamErrors.policyAttached();
            }
            account.policies.get(policy.arn()).record(context.receivedAt(), null, store.propagationDelay());
        }
        return DeletePolicyResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html">AttachRolePolicy</a> */
    public AttachRolePolicyResponse attachRolePolicy(AttachRolePolicyRequest request, CallContext context) {
        checkPolicyArn(request.policyArn());
        IamStore.Account account = store.account(context.accountId());
        synchronized (account) {
            roles.existing(context, request.roleName());
            existing(context, request.policyArn());
            roles.change(context, request.roleName(), state -> {
                if (state.attachedPolicyArns().contains(request.policyArn())) {
                    return state;
                }
                if (state.attachedPolicyArns().size() >= IamQuotas.ATTACHED_POLICIES_PER_ROLE) {
                    throw IamErrors.tooManyAttachedPolicies();
                }
                List<String> arns = new ArrayList<>(state.attachedPolicyArns());
                arns.add(request.policyArn());
                return state.withAttachedPolicies(arns);
            });
        }
        return AttachRolePolicyResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachRolePolicy.html">DetachRolePolicy</a> */
    public DetachRolePolicyResponse detachRolePolicy(DetachRolePolicyRequest request, CallContext context) {
        checkPolicyArn(request.policyArn());
        roles.change(context, request.roleName(), state -> {
            if (!state.attachedPolicyArns().contains(request.policyArn())) {
                throw IamErrors.policyNotAttached(request.policyArn());
            }
            List<String> arns = new ArrayList<>(state.attachedPolicyArns());
            arns.remove(request.policyArn());
            return state.withAttachedPolicies(arns);
        });
        return DetachRolePolicyResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html">ListAttachedRolePolicies</a> */
    public ListAttachedRolePoliciesResponse listAttachedRolePolicies(ListAttachedRolePoliciesRequest request, CallContext context) {
        RoleState state = roles.existing(context, request.roleName());
        String prefix = request.pathPrefix() == null ? "/" : request.pathPrefix();
        IamStore.Account account = store.account(context.accountId());
        List<ManagedPolicy> attached = state.attachedPolicyArns().stream()
                .map(arn -> account.policies.get(arn))
                .filter(Objects::nonNull)
                .map(History::current)
                .filter(Objects::nonNull)
                .filter(p -> p.path().startsWith(prefix))
                .sorted(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)))
                .toList();
        Paging.Page<ManagedPolicy> page = Paging.page(attached, p -> p.name().toLowerCase(Locale.ROOT), request.marker(), request.maxItems());
        return ListAttachedRolePoliciesResponse.builder()
                .attachedPolicies(page.items().stream()
                        .map(p -> AttachedPolicy.builder().policyName(p.name()).policyArn(p.arn()).build()).toList())
                .isTruncated(page.truncated())
                .marker(page.nextMarker())
                .build();
    }

    private ManagedPolicy existing(CallContext context, String policyArn) {
        History<ManagedPolicy> history = store.account(context.accountId()).policies.get(policyArn);
        ManagedPolicy policy = history == null ? null : history.current();
        if (policy == null) {
            throw IamErrors.policyNotFound(policyArn);
        }
        return policy;
    }

    private static void checkPolicyArn(String arn) {
        if (IamArns.parse(arn).filter(parsed -> parsed.type().equals("policy")).isEmpty()) {
            throw IamErrors.invalidArn(arn);
        }
    }

    /** How many roles have the policy attached now. */
    private int attachments(CallContext context, String policyArn) {
        return (int) store.account(context.accountId()).roles.values().stream().map(History::current).filter(Objects::nonNull)
                .filter(state -> state.attachedPolicyArns().contains(policyArn)).count();
    }
}
