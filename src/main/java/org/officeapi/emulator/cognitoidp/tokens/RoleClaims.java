package org.officeapi.emulator.cognitoidp.tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code cognito:roles} and {@code cognito:preferred_role} claims of a user's ID token, from the groups
 * the user is in (reference/aws-semantics.md §1.3):
 * <ul>
 *   <li>{@code cognito:roles}: the role ARNs of the groups that have one, once each (duplicates dropped:
 *       UNCONFIRMED), in the order of the groups given; absent when no group has a role.</li>
 *   <li>{@code cognito:preferred_role}: if only one role is offered at all, that role. Otherwise the role of
 *       the group with the lowest precedence among groups that have a role (role-less groups are skipped:
 *       UNCONFIRMED, as the model documentation suggests); a lower number beats a higher one and beats no
 *       precedence. Tied groups with the same role agree on it; tied groups with different roles leave the
 *       claim unset, and so do several roles all without precedence.</li>
 * </ul>
 * A pure function, so that the rule can be tested on its own.
 */
public final class RoleClaims {

    /** What of a group matters here: its name, precedence (null when none) and role (null when none). */
    public record GroupRole(String groupName, Integer precedence, String roleArn) {}

    /** The order groups are listed in tokens: lowest precedence first, groups without one last, then by name (UNCONFIRMED). */
    public static final Comparator<GroupRole> TOKEN_ORDER = Comparator
            .comparing(GroupRole::precedence, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(GroupRole::groupName);

    private final List<String> roles;
    private final String preferredRole;

    private RoleClaims(List<String> roles, String preferredRole) {
        this.roles = List.copyOf(roles);
        this.preferredRole = preferredRole;
    }

    public static RoleClaims of(List<GroupRole> groups) {
        List<GroupRole> withRole = groups.stream().filter(g -> g.roleArn() != null).toList();
        Set<String> roles = new LinkedHashSet<>();
        withRole.forEach(g -> roles.add(g.roleArn()));
        return new RoleClaims(new ArrayList<>(roles), preferred(withRole, roles));
    }

    private static String preferred(List<GroupRole> withRole, Set<String> roles) {
        if (roles.size() == 1) {
            return roles.iterator().next();
        }
        if (roles.isEmpty()) {
            return null;
        }
        // Stream.min cannot return a null, so "no precedence" is found by hand: it is best only when no group has one
        Integer best = withRole.stream().map(GroupRole::precedence).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Set<String> tied = withRole.stream().filter(g -> java.util.Objects.equals(g.precedence(), best))
                .map(GroupRole::roleArn).collect(Collectors.toSet());
        return tied.size() == 1 ? tied.iterator().next() : null;
    }

    /** The {@code cognito:roles} claim's value; empty means the claim is left out. */
    public List<String> roles() {
        return roles;
    }

    /** The {@code cognito:preferred_role} claim's value, when there is one. */
    public Optional<String> preferredRole() {
        return Optional.ofNullable(preferredRole);
    }
}
