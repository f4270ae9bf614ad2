package org.officeapi.stack.inspect;

import org.officeapi.stack.GroupSpec;
import org.officeapi.stack.StackSpec;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Each group of the spec exists with its precedence and the role the spec names (by name, or as mapped in the config). */
final class GroupDrift {

    private GroupDrift() {}

    /** Also records, in {@code roleArns}, the deployed role behind each logical role name. */
    static List<String> check(DeployedReader reader, StackSpec spec, Map<String, String> roleArns) {
        List<String> drift = new ArrayList<>();
        String poolId = reader.deployed().userPoolId();
        for (GroupSpec group : spec.groups()) {
            Optional<GroupType> deployed = DeployedReader.ifPresent(() -> reader.clients().cognitoIdp()
                    .getGroup(r -> r.userPoolId(poolId).groupName(group.name())).group());
            if (deployed.isEmpty()) {
                drift.add("group " + group.name() + " does not exist in user pool " + poolId);
                continue;
            }
            if (!Objects.equals(deployed.get().precedence(), group.precedence())) {
                drift.add("group " + group.name() + " has precedence " + deployed.get().precedence() + ", the spec says " + group.precedence());
            }
            String roleArn = deployed.get().roleArn();
            if (group.role() == null) {
                if (roleArn != null) {
                    drift.add("group " + group.name() + " has the role " + roleArn + ", the spec gives it none");
                }
                continue;
            }
            if (roleArn == null) {
                drift.add("group " + group.name() + " has no role, the spec says " + group.role());
                continue;
            }
            String expected = reader.deployed().roles().getOrDefault(group.role(), group.role());
            if (!roleArn.equals(expected) && !DeployedReader.roleName(roleArn).equals(expected)) {
                drift.add("group " + group.name() + " has the role " + roleArn + ", the spec says " + group.role()
                        + (expected.equals(group.role()) ? " (map other names with role." + group.role() + "=ARN in the stack description)" : ""));
                continue;
            }
            roleArns.put(group.role(), roleArn);
        }
        return drift;
    }
}
