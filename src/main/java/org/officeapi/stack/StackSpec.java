package org.officeapi.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The office API stack as the features' Background states it: the API and its resources, the
 * user-pool groups with their precedence and roles, what each role may invoke, the identity pool's
 * rule, and the users. A value: two Backgrounds that state the same stack share one provisioned stack.
 */
public record StackSpec(String apiName, String stage, List<ApiResource> resources, List<GroupSpec> groups,
                        Map<String, RoleSpec> roles, RoleMappingSpec roleMapping, List<UserSpec> users) {

    public StackSpec {
        resources = List.copyOf(resources);
        groups = List.copyOf(groups);
        roles = Map.copyOf(roles);
        users = List.copyOf(users);
    }

    public boolean hasApi() {
        return apiName != null;
    }

    public UserSpec user(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the Background names no user " + name));
    }

    public GroupSpec group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the Background names no group " + name));
    }

    /** Collects a spec one Background table at a time. */
    public static final class Builder {
        private String apiName;
        private String stage;
        private final List<ApiResource> resources = new ArrayList<>();
        private final List<GroupSpec> groups = new ArrayList<>();
        private final Map<String, List<ApiResource>> mayInvoke = new LinkedHashMap<>();
        private RoleMappingSpec roleMapping;
        private final List<UserSpec> users = new ArrayList<>();

        public Builder api(String name, String stage, List<ApiResource> resources) {
            this.apiName = name;
            this.stage = stage;
            this.resources.addAll(resources);
            return this;
        }

        public Builder group(GroupSpec group) {
            groups.add(group);
            if (group.role() != null) {
                mayInvoke.computeIfAbsent(group.role(), r -> new ArrayList<>());
            }
            return this;
        }

        public Builder roleMayInvoke(String role, String method, String path) {
            ApiResource resource = resources.stream()
                    .filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the API has no " + method + " " + path));
            mayInvoke.computeIfAbsent(role, r -> new ArrayList<>()).add(resource);
            return this;
        }

        public Builder roleMapping(RoleMappingSpec mapping) {
            this.roleMapping = mapping;
            return this;
        }

        public Builder user(UserSpec user) {
            users.add(user);
            return this;
        }

        public StackSpec build() {
            Map<String, RoleSpec> roles = new LinkedHashMap<>();
            mayInvoke.forEach((name, allowed) -> roles.put(name, new RoleSpec(name, allowed)));
            for (UserSpec user : users) {
                for (String group : user.groups()) {
                    if (groups.stream().noneMatch(g -> g.name().equals(group))) {
                        throw new IllegalArgumentException(user.name() + " is in group " + group + ", which the Background does not define");
                    }
                }
            }
            return new StackSpec(apiName, stage, resources, groups, roles,
                    Objects.requireNonNullElse(roleMapping, RoleMappingSpec.TOKEN_DENY), users);
        }
    }
}
