package org.officeapi.emulator.iam;

import org.officeapi.emulator.auth.policy.PolicyDocument;
import org.officeapi.emulator.auth.policy.PolicyKind;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.iam.model.RoleState;
import software.amazon.awssdk.services.iam.model.DeleteRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.DeleteRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.GetRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.PutRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.PutRolePolicyResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A role's inline policies. Their names are compared with case, as given (UNCONFIRMED: IAM documents
 * case-insensitive uniqueness for users, groups, roles and managed policies, not for inline policies).
 */
public final class IamRolePolicies {

    private final IamRoles roles;

    public IamRolePolicies(IamRoles roles) {
        this.roles = roles;
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html">PutRolePolicy</a> */
    public PutRolePolicyResponse putRolePolicy(PutRolePolicyRequest request, CallContext context) {
        IamDocuments.parse(request.policyDocument(), PolicyKind.IDENTITY);
        roles.change(context, request.roleName(), state -> {
            Map<String, String> policies = new TreeMap<>(state.inlinePolicies());
            policies.put(request.policyName(), request.policyDocument());
            int size = policies.values().stream().mapToInt(PolicyDocument::quotaSize).sum();
            if (size > IamQuotas.ROLE_INLINE_POLICY_SIZE) {
                throw IamErrors.inlinePoliciesTooLarge(state.role().name());
            }
            return state.withInlinePolicies(policies);
        });
        return PutRolePolicyResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html">GetRolePolicy</a> */
    public GetRolePolicyResponse getRolePolicy(GetRolePolicyRequest request, CallContext context) {
        RoleState state = roles.existing(context, request.roleName());
        String document = state.inlinePolicies().get(request.policyName());
        if (document == null) {
            throw IamErrors.rolePolicyNotFound(request.policyName());
        }
        return GetRolePolicyResponse.builder()
                .roleName(state.role().name())
                .policyName(request.policyName())
                .policyDocument(IamDocuments.urlEncode(document))
                .build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html">ListRolePolicies</a> */
    public ListRolePoliciesResponse listRolePolicies(ListRolePoliciesRequest request, CallContext context) {
        List<String> names = new ArrayList<>(roles.existing(context, request.roleName()).inlinePolicies().keySet());
        Paging.Page<String> page = Paging.page(names, name -> name, request.marker(), request.maxItems());
        return ListRolePoliciesResponse.builder()
                .policyNames(page.items())
                .isTruncated(page.truncated())
                .marker(page.nextMarker())
                .build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePolicy.html">DeleteRolePolicy</a> */
    public DeleteRolePolicyResponse deleteRolePolicy(DeleteRolePolicyRequest request, CallContext context) {
        roles.change(context, request.roleName(), state -> {
            if (!state.inlinePolicies().containsKey(request.policyName())) {
                throw IamErrors.rolePolicyNotFound(request.policyName());
            }
            Map<String, String> policies = new TreeMap<>(state.inlinePolicies());
            policies.remove(request.policyName());
            return state.withInlinePolicies(policies);
        });
        return DeleteRolePolicyResponse.builder().build();
    }
}
