package org.officeapi.emulator.cognitoidp.model;

import java.time.Instant;

/**
 * The {@code Session} a challenge (e.g. NEW_PASSWORD_REQUIRED) hands out, which the answer must bring
 * back: for which pool, client and user, which challenge, and until when. Single use. Kept under the
 * SHA-256 of the Session string.
 */
public record ChallengeSession(PoolRef pool, String clientId, String usernameKey, String challengeName, Instant expiresAt) {}
