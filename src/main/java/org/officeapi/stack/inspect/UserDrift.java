package org.officeapi.stack.inspect;

import org.officeapi.stack.StackSpec;
import org.officeapi.stack.UserSpec;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Each user of the spec is described in the config, exists, and is in exactly the spec's groups. */
final class UserDrift {

    private UserDrift() {}

    static List<String> check(DeployedReader reader, StackSpec spec) {
        List<String> drift = new ArrayList<>();
        String poolId = reader.deployed().userPoolId();
        for (UserSpec user : spec.users()) {
            String username = reader.deployed().usernames().get(user.name());
            if (username == null) {
                drift.add("user " + user.name() + " is not in the stack description (add user." + user.name() + ".username)");
                continue;
            }
            Optional<List<GroupType>> groups = DeployedReader.ifPresent(() -> reader.clients().cognitoIdp()
                    .adminListGroupsForUser(r -> r.userPoolId(poolId).username(username)).groups());
            if (groups.isEmpty()) {
                drift.add("user " + user.name() + " (" + username + ") does not exist in user pool " + poolId);
                continue;
            }
            Set<String> actual = groups.get().stream().map(GroupType::groupName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = new TreeSet<>(user.groups());
            if (!actual.equals(expected)) {
                drift.add("user " + user.name() + " (" + username + ") is in " + actual + ", the spec says " + expected);
            }
        }
        return drift;
    }
}
