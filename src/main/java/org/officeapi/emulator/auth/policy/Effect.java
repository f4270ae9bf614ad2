package org.officeapi.emulator.auth.policy;

/** A statement's {@code Effect}. */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String wire;

    Effect(String wire) {
        this.wire = wire;
    }

    /** The exact spelling IAM accepts ({@code Allow}, {@code Deny}); anything else is not an effect. */
    static Effect of(String text) {
        for (Effect effect : values()) {
            if (effect.wire.equals(text)) {
                return effect;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return wire;
    }
}
