package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.ports.FunctionInvocation;
import org.officeapi.emulator.ports.FunctionInvoker;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Lambda as a test wants it: a behaviour per test, and a record of every invocation. */
final class FakeFunctions implements FunctionInvoker {

    record Call(String functionArn, String principal, String sourceArn, String event) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    volatile Function<String, FunctionInvocation> behaviour = event -> success("{\"statusCode\":200,\"body\":\"Hello user\"}");

    @Override
    public FunctionInvocation invokeAsService(String functionArn, String servicePrincipal, String sourceArn, byte[] payload) {
        String event = new String(payload, StandardCharsets.UTF_8);
        calls.add(new Call(functionArn, servicePrincipal, sourceArn, event));
        return behaviour.apply(event);
    }

    static FunctionInvocation success(String payload) {
        return new FunctionInvocation(FunctionInvocation.Outcome.SUCCESS, payload.getBytes(StandardCharsets.UTF_8), null);
    }

    static FunctionInvocation outcome(FunctionInvocation.Outcome outcome) {
        return new FunctionInvocation(outcome, new byte[0], "test");
    }
}
