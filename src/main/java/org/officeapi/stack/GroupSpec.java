package org.officeapi.stack;

/** A user-pool group: its precedence (lower wins) and the role (by logical name) its members may take. */
public record GroupSpec(String name, Integer precedence, String role) {}
