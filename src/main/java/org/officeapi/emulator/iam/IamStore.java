package org.officeapi.emulator.iam;

import org.officeapi.emulator.core.AccountRegionStore;
import org.officeapi.emulator.iam.model.History;
import org.officeapi.emulator.iam.model.ManagedPolicy;
import org.officeapi.emulator.iam.model.RoleState;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM's state: one {@link Account} per AWS account (IAM is global, so the region is always
 * {@link AccountRegionStore#GLOBAL}). Every entity keeps its {@link History}, so that the ports can
 * show the state that has propagated while IAM's own APIs show the latest.
 */
public final class IamStore {

    /** One account's IAM. Changes that read and then write hold the account's monitor. */
    public static final class Account {
        /** role name in lower case (IAM names are unique without case) → the role's history */
        final Map<String, History<RoleState>> roles = new ConcurrentHashMap<>();
        /** managed policy ARN → the policy's history */
        final Map<String, History<ManagedPolicy>> policies = new ConcurrentHashMap<>();
    }

    private final AccountRegionStore<Account> accounts = new AccountRegionStore<>((account, region) -> new Account());
    private final Duration propagationDelay;

    public IamStore(Duration propagationDelay) {
        this.propagationDelay = propagationDelay;
    }

    public Account account(String accountId) {
        return accounts.get(accountId, AccountRegionStore.GLOBAL);
    }

    /** How long IAM keeps an old state visible to the ports after a change. */
    public Duration propagationDelay() {
        return propagationDelay;
    }

    static String roleKey(String roleName) {
        return roleName.toLowerCase(Locale.ROOT);
    }

    public void reset() {
        accounts.reset();
    }
}
