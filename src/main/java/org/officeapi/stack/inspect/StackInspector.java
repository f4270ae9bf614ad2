package org.officeapi.stack.inspect;

import org.officeapi.stack.ProvisionedStack;
import org.officeapi.stack.StackSource;
import org.officeapi.stack.StackSpec;
import org.officeapi.stack.Teardown;
import org.officeapi.stack.UserAccount;
import org.officeapi.stack.UserSpec;
import org.officeapi.target.DeployedStackConfig;
import org.officeapi.target.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The existing target's stack source: nothing is created; the deployed stack is read through the
 * SDK and compared with the spec (groups and precedence, each group's role, what each role's policies
 * allow, the identity pool's provider and role mapping, the API's methods), and every drift is reported.
 */
public final class StackInspector implements StackSource {

    private final Target target;
    private final DeployedStackConfig deployed;

    public StackInspector(Target target, DeployedStackConfig deployed) {
        this.target = target;
        this.deployed = deployed;
    }

    @Override
    public ProvisionedStack obtain(StackSpec spec, Teardown teardown) {
        String accountId = target.clients().sts().getCallerIdentity().account();
        DeployedReader reader = new DeployedReader(target.clients(), deployed, accountId);
        List<String> drift = new ArrayList<>();
        Map<String, String> roleArns = new LinkedHashMap<>();
        drift.addAll(GroupDrift.check(reader, spec, roleArns));
        drift.addAll(RoleDrift.check(reader, spec, roleArns));
        drift.addAll(TrustDrift.check(reader, spec, roleArns));
        drift.addAll(IdentityPoolDrift.check(reader, spec));
        drift.addAll(UserDrift.check(reader, spec));
        if (spec.hasApi()) {
            drift.addAll(ApiDrift.check(reader, spec));
        }
        if (!drift.isEmpty()) {
            throw new StackDriftException(deployed, drift);
        }
        Map<String, UserAccount> users = new LinkedHashMap<>();
        for (UserSpec user : spec.users()) {
            users.put(user.name(), new UserAccount(deployed.usernames().get(user.name()), deployed.passwords().get(user.name())));
        }
        return new ProvisionedStack(spec, deployed.region(), accountId, deployed.apiId(), deployed.stage(),
                target.invokeUrl(deployed.apiId()), deployed.userPoolId(), deployed.clientId(), deployed.identityPoolId(), roleArns, users);
    }
}
