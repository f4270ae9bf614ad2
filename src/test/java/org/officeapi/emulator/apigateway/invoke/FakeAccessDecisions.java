package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.RoleRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** IAM as a test wants it: one fixed outcome, and a record of what was asked. */
final class FakeAccessDecisions implements AccessDecisions {

    record Question(Caller caller, String action, String resourceArn, Map<String, List<String>> context) {}

    final List<Question> asked = new ArrayList<>();
    volatile AccessDecision.Outcome outcome = AccessDecision.Outcome.ALLOWED;

    @Override
    public AccessDecision trust(RoleRecord role, String principalType, String principal, String action,
                                Map<String, List<String>> context) {
        throw new AssertionError("execute-api never asks about trust");
    }

    @Override
    public synchronized AccessDecision identity(Caller caller, String action, String resourceArn, Map<String, List<String>> context) {
        asked.add(new Question(caller, action, resourceArn, context));
        return new AccessDecision(outcome, "decided by the test");
    }
}
