package org.officeapi.emulator.iam;

import org.officeapi.emulator.auth.policy.PolicyDocument;
import org.officeapi.emulator.auth.policy.PolicyKind;
import org.officeapi.emulator.auth.policy.Statement;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.iam.model.History;
import org.officeapi.emulator.iam.model.Role;
import org.officeapi.emulator.iam.model.RoleState;
import software.amazon.awssdk.services.iam.model.CreateRoleRequest;
import software.amazon.awssdk.services.iam.model.CreateRoleResponse;
import software.amazon.awssdk.services.iam.model.DeleteRoleRequest;
import software.amazon.awssdk.services.iam.model.DeleteRoleResponse;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.ListRoleTagsRequest;
import software.amazon.awssdk.services.iam.model.ListRoleTagsResponse;
import software.amazon.awssdk.services.iam.model.ListRolesRequest;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.TagRoleRequest;
import software.amazon.awssdk.services.iam.model.TagRoleResponse;
import software.amazon.awssdk.services.iam.model.UntagRoleRequest;
import software.amazon.awssdk.services.iam.model.UntagRoleResponse;
import software.amazon.awssdk.services.iam.model.UpdateAssumeRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.UpdateAssumeRolePolicyResponse;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** IAM roles: creation, lookup, listing, trust policy, deletion and tags. One method per AWS operation. */
public final class IamRoles {

    private static final int DEFAULT_MAX_SESSION_DURATION = 3600;

    private final IamStore store;

    public IamRoles(IamStore store) {
        this.store = store;
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html">CreateRole</a> */
    public CreateRoleResponse createRole(CreateRoleRequest request, CallContext context) {
        if (request.permissionsBoundary() != null) {
            // an honest refusal: a boundary that evaluation ignored would grant more than AWS does
            throw new org.officeapi.emulator.core.AwsErrorException("InvalidInput", 400,
                    "The embedded AWS does not support permissions boundaries.");
        }
        IamStore.Account account = store.account(context.accountId());
        checkTrustPolicy(request.assumeRolePolicyDocument(), context.accountId());
        String path = request.path() == null ? "/" : request.path();
        synchronized (account) {
            History<RoleState> history = account.roles.computeIfAbsent(IamStore.roleKey(request.roleName()), k -> new History<>());
            if (history.current() != null) {
                throw IamErrors.roleExists(request.roleName());
            }
            Map<String, String> tags = IamTags.merge(Map.of(), request.hasTags() ? request.tags() : List.of());
            Role role = new Role(context.accountId(), request.roleName(), path, Ids.iamId("AROA", 21),
                    IamArns.role(context.accountId(), path, request.roleName()), context.receivedAt(),
                    request.assumeRolePolicyDocument(), request.description(),
                    request.maxSessionDuration() == null ? DEFAULT_MAX_SESSION_DURATION : request.maxSessionDuration(),
                    null, tags);
            history.record(context.receivedAt(), RoleState.of(role), store.propagationDelay());
            return CreateRoleResponse.builder().role(IamShapes.createdRole(role)).build();
        }
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html">GetRole</a> */
    public GetRoleResponse getRole(GetRoleRequest request, CallContext context) {
        return GetRoleResponse.builder().role(IamShapes.fullRole(existing(context, request.roleName()).role())).build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html">ListRoles</a> */
    public ListRolesResponse listRoles(ListRolesRequest request, CallContext context) {
        String prefix = request.pathPrefix() == null ? "/" : request.pathPrefix();
        List<Role> roles = store.account(context.accountId()).roles.values().stream()
                .map(History::current)
                .filter(Objects::nonNull)
                .map(RoleState::role)
                .filter(role -> role.path().startsWith(prefix))
                .sorted(Comparator.comparing(role -> role.name().toLowerCase(Locale.ROOT)))
                .toList();
        Paging.Page<Role> page = Paging.page(roles, role -> role.name().toLowerCase(Locale.ROOT), request.marker(), request.maxItems());
        return ListRolesResponse.builder()
                .roles(page.items().stream().map(IamShapes::listedRole).toList())
                .isTruncated(page.truncated())
                .marker(page.nextMarker())
                .build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html">UpdateAssumeRolePolicy</a> */
    public UpdateAssumeRolePolicyResponse updateAssumeRolePolicy(UpdateAssumeRolePolicyRequest request, CallContext context) {
        checkTrustPolicy(request.policyDocument(), context.accountId());
        change(context, request.roleName(), state -> state.withRole(state.role().withTrustPolicy(request.policyDocument())));
        return UpdateAssumeRolePolicyResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html">DeleteRole</a> */
    public DeleteRoleResponse deleteRole(DeleteRoleRequest request, CallContext context) {
        IamStore.Account account = store.account(context.accountId());
        synchronized (account) {
            RoleState state = existing(context, request.roleName());
            // UNCONFIRMED: which conflict AWS names first when a role has both kinds of policy
            if (!state.inlinePolicies().isEmpty()) {
                throw IamErrors.mustDeletePolicies();
            }
            if (!state.attachedPolicyArns().isEmpty()) {
                throw IamErrors.mustDetachPolicies();
            }
            account.roles.get(IamStore.roleKey(request.roleName())).record(context.receivedAt(), null, store.propagationDelay());
        }
        return DeleteRoleResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagRole.html">TagRole</a> */
    public TagRoleResponse tagRole(TagRoleRequest request, CallContext context) {
        change(context, request.roleName(), state -> state.withRole(state.role().withTags(IamTags.merge(state.role().tags(), request.tags()))));
        return TagRoleResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagRole.html">UntagRole</a> */
    public UntagRoleResponse untagRole(UntagRoleRequest request, CallContext context) {
        change(context, request.roleName(), state -> state.withRole(state.role().withTags(IamTags.remove(state.role().tags(), request.tagKeys()))));
        return UntagRoleResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoleTags.html">ListRoleTags</a> */
    public ListRoleTagsResponse listRoleTags(ListRoleTagsRequest request, CallContext context) {
        List<Tag> tags = IamShapes.tags(existing(context, request.roleName()).role().tags());
        Paging.Page<Tag> page = Paging.page(tags.stream().sorted(Comparator.comparing(t -> t.key().toLowerCase(Locale.ROOT))).toList(),
                t -> t.key().toLowerCase(Locale.ROOT), request.marker(), request.maxItems());
        return ListRoleTagsResponse.builder().tags(page.items()).isTruncated(page.truncated()).marker(page.nextMarker()).build();
    }

    /** The role's current state, or NoSuchEntity. */
    RoleState existing(CallContext context, String roleName) {
        History<RoleState> history = store.account(context.accountId()).roles.get(IamStore.roleKey(roleName));
        RoleState state = history == null ? null : history.current();
        if (state == null) {
            throw IamErrors.roleNotFound(roleName);
        }
        return state;
    }

    /** Records a changed state of an existing role (a failed change records nothing). */
    void change(CallContext context, String roleName, java.util.function.UnaryOperator<RoleState> change) {
        IamStore.Account account = store.account(context.accountId());
        synchronized (account) {
            RoleState changed = change.apply(existing(context, roleName));
            account.roles.get(IamStore.roleKey(roleName)).record(context.receivedAt(), changed, store.propagationDelay());
        }
    }

    /**
     * Validates a trust policy as IAM does: grammar and kind, the size quota, and that the IAM users
     * and roles it names as AWS principals exist (IAM stores their unique ids, so it cannot trust a
     * principal that is not there).
     */
    private void checkTrustPolicy(String text, String accountId) {
        PolicyDocument document = IamDocuments.parse(text, PolicyKind.TRUST);
        if (PolicyDocument.quotaSize(text) > IamQuotas.TRUST_POLICY_SIZE) {
            throw IamErrors.trustPolicyTooLarge();
        }
        for (Statement statement : document.statements()) {
            if (statement.principals() == null || statement.principals().everyone()) {
                continue;
            }
            for (String principal : statement.principals().byType().getOrDefault("AWS", List.of())) {
                IamArns.parse(principal).ifPresent(arn -> {
                    if (!entityExists(arn)) {
                        throw IamErrors.malformedPolicy("Invalid principal in policy: \"AWS\":\"" + principal + "\"");
                    }
                });
            }
        }
    }

    private boolean entityExists(IamArns.Parsed arn) {
        if (!arn.type().equals("role")) {
            // this IAM has no users or groups
            return false;
        }
        History<RoleState> history = store.account(arn.account()).roles.get(IamStore.roleKey(arn.name()));
        RoleState state = history == null ? null : history.current();
        return state != null && state.role().path().equals(arn.path());
    }
}
