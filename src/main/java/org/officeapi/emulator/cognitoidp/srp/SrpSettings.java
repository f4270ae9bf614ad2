package org.officeapi.emulator.cognitoidp.srp;

import java.time.Duration;
import java.util.Objects;

/**
 * How strict the SRP checks are.
 *
 * @param secretBlockLifetime how long a SECRET_BLOCK may be answered after it was issued. AWS documents
 *     only that the answer must come "within a few seconds"; the exact limit is UNCONFIRMED. Five minutes
 *     by default, so that a slow debugger never fails a sign-in that AWS would let through in practice.
 * @param maxTimestampSkew how far TIMESTAMP may be from the embedded AWS's clock, or null for no check
 *     (the default). Whether AWS checks it is UNCONFIRMED; the TIMESTAMP is signed and the secret block
 *     already expires, so freshness does not depend on it, and scenarios that move the embedded clock
 *     forward would otherwise break every SRP sign-in made with the real clock.
 * @param usedNonceMemory how many used secret blocks are remembered to refuse replays. When more are
 *     used within one lifetime, the oldest are forgotten and every block issued before them is refused.
 */
public record SrpSettings(Duration secretBlockLifetime, Duration maxTimestampSkew, int usedNonceMemory) {

    public SrpSettings {
        Objects.requireNonNull(secretBlockLifetime, "secretBlockLifetime");
        if (secretBlockLifetime.isNegative() || secretBlockLifetime.isZero()) {
            throw new IllegalArgumentException("a secret block must live for some time");
        }
        if (maxTimestampSkew != null && maxTimestampSkew.isNegative()) {
            throw new IllegalArgumentException("a skew window cannot be negative");
        }
        if (usedNonceMemory < 1) {
            throw new IllegalArgumentException("at least one used secret block must be remembered");
        }
    }

    public static SrpSettings defaults() {
        return new SrpSettings(Duration.ofMinutes(5), null, 4096);
    }

    public SrpSettings withSecretBlockLifetime(Duration lifetime) {
        return new SrpSettings(lifetime, maxTimestampSkew, usedNonceMemory);
    }

    public SrpSettings withMaxTimestampSkew(Duration skew) {
        return new SrpSettings(secretBlockLifetime, skew, usedNonceMemory);
    }

    public SrpSettings withUsedNonceMemory(int entries) {
        return new SrpSettings(secretBlockLifetime, maxTimestampSkew, entries);
    }
}
