package org.officeapi.emulator.cognitoidp.model;

/** A user's membership of a group, keyed by the user's username key in the pool. */
public record Membership(String poolId, String usernameKey, String groupName) {}
