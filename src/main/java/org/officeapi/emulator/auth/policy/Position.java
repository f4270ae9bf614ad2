package org.officeapi.emulator.auth.policy;

/**
 * A place in a policy document's text, as IAM's policy simulator reports the start and end of a
 * matched statement: line and column, both counted from 1, of the character just after the
 * statement's opening (or closing) brace.
 */
public record Position(int line, int column) {}
