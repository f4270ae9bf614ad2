package org.officeapi.emulator.auth.policy;

/** A statement that applied to a request, and the policy it belongs to. */
public record StatementMatch(PolicySource source, Statement statement) {

    /** e.g. {@code statement 'AllowUser' of inline policy 'invoke' of role office-user}. */
    public String describe() {
        return statement.label() + " of " + source.description();
    }
}
