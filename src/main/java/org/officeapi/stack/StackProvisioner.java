package org.officeapi.stack;

import org.officeapi.target.Target;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Creates a stack from its spec through the AWS SDK, in dependency order: the Lambda, the API and its
 * deployment, the user pool and its client, the identity pool, the roles with their trust and inline
 * policies, the groups, the users, and the identity pool's role mapping. Every step records its undo
 * in the {@link Teardown}, so that a failure half-way still removes what was made. Then it waits, up to
 * the propagation limit, until each role really works for a user ({@link StackReadiness}).
 */
public final class StackProvisioner implements StackSource {

    private final Target target;
    private final ResourceNames names;
    private final Path lambdaZip;
    private final Progress progress;
    private final Duration propagationLimit;
    /** How many stacks this run has provisioned: the second and later get names of their own scope. */
    private final java.util.concurrent.atomic.AtomicInteger stacks = new java.util.concurrent.atomic.AtomicInteger();

    public StackProvisioner(Target target, ResourceNames names, Path lambdaZip, Progress progress, Duration propagationLimit) {
        this.target = target;
        this.names = names;
        this.lambdaZip = lambdaZip;
        this.progress = progress;
        this.propagationLimit = propagationLimit;
    }

    @Override
    public ProvisionedStack obtain(StackSpec spec, Teardown teardown) {
        String region = target.region().id();
        String accountId = target.clients().sts().getCallerIdentity().account();
        int ordinal = stacks.incrementAndGet();
        ResourceNames stackNames = ordinal == 1 ? names : names.scoped("s" + ordinal);
        Provisioning p = new Provisioning(target.clients(), stackNames, region, accountId, teardown,
                new Eventually(propagationLimit, progress, teardown::isClosed), progress);
        long started = System.nanoTime();

        String apiId = null;
        if (spec.hasApi()) {
            String functionArn = FunctionProvisioning.create(p, lambdaZip);
            apiId = ApiProvisioning.create(p, spec, functionArn);
        }
        UserPoolProvisioning.Pool pool = UserPoolProvisioning.createPool(p);
        String identityPoolId = IdentityPoolProvisioning.create(p, pool.userPoolId(), pool.clientId());
        Map<String, String> roleArns = RoleProvisioning.create(p, spec, identityPoolId, apiId);
        UserPoolProvisioning.createGroups(p, spec, pool.userPoolId(), roleArns);
        Map<String, UserAccount> users = UserPoolProvisioning.createUsers(p, spec, pool.userPoolId());
        IdentityPoolProvisioning.mapRoles(p, spec.roleMapping(), identityPoolId, pool.userPoolId(), pool.clientId());

        ProvisionedStack stack = new ProvisionedStack(spec, region, accountId, apiId, spec.stage(),
                apiId == null ? null : target.invokeUrl(apiId), pool.userPoolId(), pool.clientId(),
                identityPoolId, roleArns, users);
        progress.done("stack " + stackNames.of("*") + " created on " + target.name(), started);

        // AWS has everything now, but lets Cognito and API Gateway see fresh roles and policies only later
        StackReadiness.Outcome readiness = new StackReadiness(p, target.clock(), propagationLimit).check(stack);
        if (readiness.ready()) {
            progress.done("stack " + stackNames.of("*") + " ready on " + target.name(), started);
        } else {
            // not thrown: the scenarios run and report what does not work, with AWS's own answers
            progress.note("stack " + stackNames.of("*") + " is NOT READY on " + target.name()
                    + "; its scenarios will report what fails: " + String.join("; ", readiness.notReady()));
        }
        return stack;
    }
}
