package org.officeapi.emulator.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * One state object per (account, region), created on first use: AWS keeps a pool in us-east-1 apart
 * from one in eu-west-1, and one account's roles apart from another's. Global services (IAM) use the
 * region {@link #GLOBAL}.
 */
public final class AccountRegionStore<T> {

    /** The region under which global services (IAM) keep their state. */
    public static final String GLOBAL = "aws-global";

    private record Key(String account, String region) {}

    private final Map<Key, T> states = new ConcurrentHashMap<>();
    private final BiFunction<String, String, T> factory;

    public AccountRegionStore(BiFunction<String, String, T> factory) {
        this.factory = factory;
    }

    public T get(String account, String region) {
        return states.computeIfAbsent(new Key(account, region), key -> factory.apply(key.account(), key.region()));
    }

    public void forEach(BiConsumer<String, T> byAccount) {
        states.forEach((key, state) -> byAccount.accept(key.account(), state));
    }

    public void reset() {
        states.clear();
    }
}
