package org.officeapi.emulator.cognitoidp.srp;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The nonces of secret blocks already presented, so that each block is answered once. Bounded: an entry
 * leaves when its block has expired anyway, or when the memory is full. Forgetting must never let a
 * replay through, so every block issued no later than a forgotten one is refused from then on (the
 * watermark); under normal load that only refuses blocks already expired.
 */
final class UsedNonces {

    enum Outcome { FIRST_USE, ALREADY_USED, FORGOTTEN }

    private record Used(String nonce, Instant issuedAt) {
    }

    private final int capacity;
    /** nonce → when its block was issued */
    private final Map<String, Instant> issuedAtByNonce = new HashMap<>();
    /** the same entries, oldest use first */
    private final ArrayDeque<Used> order = new ArrayDeque<>();
    private Instant watermark = Instant.MIN;

    UsedNonces(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Records the use of a block's nonce.
     *
     * @param expiredBefore blocks issued before this have expired, so their nonces need not be kept
     */
    synchronized Outcome use(String nonce, Instant issuedAt, Instant expiredBefore) {
        while (!order.isEmpty() && order.peekFirst().issuedAt().isBefore(expiredBefore)) {
            forgetOldest();
        }
        if (issuedAtByNonce.containsKey(nonce)) {
            return Outcome.ALREADY_USED;
        }
        if (!issuedAt.isAfter(watermark)) {
            return Outcome.FORGOTTEN;
        }
        issuedAtByNonce.put(nonce, issuedAt);
        order.addLast(new Used(nonce, issuedAt));
        while (order.size() > capacity) {
            forgetOldest();
        }
        return Outcome.FIRST_USE;
    }

    synchronized int size() {
        return order.size();
    }

    private void forgetOldest() {
        Used oldest = order.removeFirst();
        issuedAtByNonce.remove(oldest.nonce());
        if (oldest.issuedAt().isAfter(watermark)) {
            watermark = oldest.issuedAt();
        }
    }
}
