package org.officeapi.emulator.ports;

/**
 * The outcome of an IAM evaluation, with the reason a report can show ("allowed by statement 1 of
 * inline policy X", "no statement allows execute-api:Invoke on …", "explicitly denied by …").
 */
public record AccessDecision(Outcome outcome, String reason) {

    public enum Outcome { ALLOWED, IMPLICIT_DENY, EXPLICIT_DENY }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }
}
