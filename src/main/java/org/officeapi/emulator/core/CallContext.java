package org.officeapi.emulator.core;

import java.time.Instant;

/**
 * What a service operation knows about the call beyond its input: where it applies (account and
 * region), who made it (null for operations AWS serves without a signature), and when.
 */
public record CallContext(String requestId, String accountId, String region, Caller caller, String sourceIp,
                          String userAgent, Instant receivedAt) {

    public boolean signed() {
        return caller != null;
    }
}
