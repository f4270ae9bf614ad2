package org.officeapi.emulator.cognitoidp.model;

/** A name that is unique within one pool: a group name, or a username key. */
public record PoolScoped(String poolId, String name) {}
