package org.officeapi.emulator.cognitoidp.model;

import java.time.Instant;

/**
 * What a refresh token stands for. The token itself is random and opaque; only its SHA-256 is kept,
 * as the key of this grant. Bound to the sign-in session (and so to pool, client and user).
 */
public record RefreshGrant(String originJti, String clientId, Instant expiresAt) {}
