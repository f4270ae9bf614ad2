package org.officeapi.emulator.iam;

import org.officeapi.emulator.iam.model.History;
import org.officeapi.emulator.iam.model.RoleState;
import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.OperationTable;
import software.amazon.awssdk.services.iam.model.AttachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.CreatePolicyRequest;
import software.amazon.awssdk.services.iam.model.CreateRoleRequest;
import software.amazon.awssdk.services.iam.model.DeletePolicyRequest;
import software.amazon.awssdk.services.iam.model.DeleteRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.DeleteRoleRequest;
import software.amazon.awssdk.services.iam.model.DetachRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionRequest;
import software.amazon.awssdk.services.iam.model.GetRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListRoleTagsRequest;
import software.amazon.awssdk.services.iam.model.ListRolesRequest;
import software.amazon.awssdk.services.iam.model.PutRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyRequest;
import software.amazon.awssdk.services.iam.model.TagRoleRequest;
import software.amazon.awssdk.services.iam.model.UntagRoleRequest;
import software.amazon.awssdk.services.iam.model.UpdateAssumeRolePolicyRequest;

/** IAM on the wire (awsQuery): which operation goes to which method, and which resource each acts on. */
public final class IamHandler {

    private IamHandler() {}

    public static OperationTable operations(IamRoles roles, IamRolePolicies rolePolicies, IamManagedPolicies policies,
                                            IamSimulator simulator) {
        return OperationTable.builder()
                .on(CreateRoleRequest.class, roles::createRole)
                .on(GetRoleRequest.class, roles::getRole)
                .on(ListRolesRequest.class, roles::listRoles)
                .on(UpdateAssumeRolePolicyRequest.class, roles::updateAssumeRolePolicy)
                .on(DeleteRoleRequest.class, roles::deleteRole)
                .on(TagRoleRequest.class, roles::tagRole)
                .on(UntagRoleRequest.class, roles::untagRole)
                .on(ListRoleTagsRequest.class, roles::listRoleTags)
                .on(PutRolePolicyRequest.class, rolePolicies::putRolePolicy)
                .on(GetRolePolicyRequest.class, rolePolicies::getRolePolicy)
                .on(ListRolePoliciesRequest.class, rolePolicies::listRolePolicies)
                .on(DeleteRolePolicyRequest.class, rolePolicies::deleteRolePolicy)
                .on(CreatePolicyRequest.class, policies::createPolicy)
                .on(GetPolicyRequest.class, policies::getPolicy)
                .on(GetPolicyVersionRequest.class, policies::getPolicyVersion)
                .on(DeletePolicyRequest.class, policies::deletePolicy)
                .on(AttachRolePolicyRequest.class, policies::attachRolePolicy)
                .on(DetachRolePolicyRequest.class, policies::detachRolePolicy)
                .on(ListAttachedRolePoliciesRequest.class, policies::listAttachedRolePolicies)
                .on(SimulatePrincipalPolicyRequest.class, simulator::simulatePrincipalPolicy)
                .build();
    }

    /**
     * The resource IAM authorizes each operation against, as AWS names it in its denials: the role
     * (with its path) for role operations, the policy for policy operations,
     * {@code arn:aws:iam::{account}:role/} for ListRoles.
     */
    public static EndpointSettings.ResourceNamer resources(IamStore store) {
        return (operation, input, account, region) -> {
            if (input instanceof CreateRoleRequest r) {
                return r.roleName() == null ? "*" : IamArns.role(account, r.path() == null ? "/" : r.path(), r.roleName());
            }
            if (input instanceof ListRolesRequest) {
                return "arn:aws:iam::" + account + ":role/";
            }
            if (input instanceof CreatePolicyRequest r) {
                return r.policyName() == null ? "*" : IamArns.policy(account, r.path() == null ? "/" : r.path(), r.policyName());
            }
            if (input instanceof GetPolicyRequest r) {
                return orAny(r.policyArn());
            }
            if (input instanceof GetPolicyVersionRequest r) {
                return orAny(r.policyArn());
            }
            if (input instanceof DeletePolicyRequest r) {
                return orAny(r.policyArn());
            }
            if (input instanceof SimulatePrincipalPolicyRequest r) {
                return orAny(r.policySourceArn());
            }
            String roleName = roleName(input);
            return roleName == null ? "*" : roleArn(store, account, roleName);
        };
    }

    private static String orAny(String arn) {
        return arn == null ? "*" : arn;
    }

    private static String roleName(Object input) {
        if (input instanceof GetRoleRequest r) {
            return r.roleName();
        } else if (input instanceof UpdateAssumeRolePolicyRequest r) {
            return r.roleName();
        } else if (input instanceof DeleteRoleRequest r) {
            return r.roleName();
        } else if (input instanceof TagRoleRequest r) {
            return r.roleName();
        } else if (input instanceof UntagRoleRequest r) {
            return r.roleName();
        } else if (input instanceof ListRoleTagsRequest r) {
            return r.roleName();
        } else if (input instanceof PutRolePolicyRequest r) {
            return r.roleName();
        } else if (input instanceof GetRolePolicyRequest r) {
            return r.roleName();
        } else if (input instanceof ListRolePoliciesRequest r) {
            return r.roleName();
        } else if (input instanceof DeleteRolePolicyRequest r) {
            return r.roleName();
        } else if (input instanceof AttachRolePolicyRequest r) {
            return r.roleName();
        } else if (input instanceof DetachRolePolicyRequest r) {
            return r.roleName();
        } else if (input instanceof ListAttachedRolePoliciesRequest r) {
            return r.roleName();
        }
        return null;
    }

    /** The role's ARN with its path when the role exists, else with the root path. */
    private static String roleArn(IamStore store, String account, String roleName) {
        History<RoleState> history = store.account(account).roles.get(IamStore.roleKey(roleName));
        RoleState state = history == null ? null : history.current();
        return state == null ? IamArns.role(account, "/", roleName) : state.role().arn();
    }
}
