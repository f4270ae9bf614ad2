package org.officeapi.emulator.cognitoidp.model;

import java.util.function.Supplier;

/**
 * A pool's key pairs, made the first time they are needed (the first token, JWKS request or key lookup)
 * rather than at CreateUserPool: RSA key generation takes a noticeable fraction of a second, and many pools
 * never sign anything. Outside, nothing can tell: the keys are as new and random either way, and once made
 * they never change.
 */
public final class PoolKeySource implements Supplier<PoolKeys> {

    private final Supplier<PoolKeys> generator;
    private volatile PoolKeys keys;

    private PoolKeySource(Supplier<PoolKeys> generator, PoolKeys keys) {
        this.generator = generator;
        this.keys = keys;
    }

    /** Keys that {@code generator} makes on first use. */
    public static PoolKeySource lazy(Supplier<PoolKeys> generator) {
        return new PoolKeySource(generator, null);
    }

    /** Keys that already exist. */
    public static PoolKeySource of(PoolKeys keys) {
        return new PoolKeySource(() -> keys, keys);
    }

    @Override
    public PoolKeys get() {
        PoolKeys made = keys;
        if (made == null) {
            synchronized (this) {
                made = keys;
                if (made == null) {
                    made = generator.get();
                    keys = made;
                }
            }
        }
        return made;
    }

    @Override
    public String toString() {
        PoolKeys made = keys;
        return made == null ? "PoolKeySource[not yet made]" : made.toString();
    }
}
