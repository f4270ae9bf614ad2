package org.officeapi.emulator.iam;

import org.officeapi.emulator.iam.model.ManagedPolicy;
import org.officeapi.emulator.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.RoleLastUsed;
import software.amazon.awssdk.services.iam.model.Tag;

import java.util.List;
import java.util.Map;

/** Stored IAM entities as the SDK shapes IAM's responses carry. */
final class IamShapes {

    private IamShapes() {}

    /** A role as CreateRole returns it: with its tags, when it has any. */
    static software.amazon.awssdk.services.iam.model.Role createdRole(Role role) {
        software.amazon.awssdk.services.iam.model.Role.Builder out = listedRole(role).toBuilder();
        if (!role.tags().isEmpty()) {
            out.tags(tags(role.tags()));
        }
        return out.build();
    }

    /** A role as GetRole returns it: with its tags and RoleLastUsed (empty, as for a role no session has used). */
    static software.amazon.awssdk.services.iam.model.Role fullRole(Role role) {
        return createdRole(role).toBuilder().roleLastUsed(RoleLastUsed.builder().build()).build();
    }

    /** A role as ListRoles returns it: without tags, permissions boundary and RoleLastUsed, as AWS documents. */
    static software.amazon.awssdk.services.iam.model.Role listedRole(Role role) {
        return software.amazon.awssdk.services.iam.model.Role.builder()
                .path(role.path())
                .roleName(role.name())
                .roleId(role.roleId())
                .arn(role.arn())
                .createDate(role.createDate())
                .assumeRolePolicyDocument(IamDocuments.urlEncode(role.trustPolicy()))
                .description(role.description())
                .maxSessionDuration(role.maxSessionDuration())
                .build();
    }

    static Policy policy(ManagedPolicy policy, int attachments, boolean withTags) {
        Policy.Builder out = Policy.builder()
                .policyName(policy.name())
                .policyId(policy.policyId())
                .arn(policy.arn())
                .path(policy.path())
                .defaultVersionId(ManagedPolicy.DEFAULT_VERSION)
                .attachmentCount(attachments)
                .permissionsBoundaryUsageCount(0)
                .isAttachable(true)
                .description(policy.description())
                .createDate(policy.createDate())
                .updateDate(policy.createDate());
        if (withTags && !policy.tags().isEmpty()) {
            out.tags(tags(policy.tags()));
        }
        return out.build();
    }

    static List<Tag> tags(Map<String, String> tags) {
        return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }
}
