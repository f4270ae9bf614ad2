package org.officeapi.emulator.auth.policy;

/**
 * Where a policy document is used, which decides the rules it must follow: an identity-based
 * policy (inline or managed, attached to a role) must not name a principal and must name resources;
 * a role's trust policy must name a principal and must not name resources.
 */
public enum PolicyKind {
    IDENTITY,
    TRUST
}
