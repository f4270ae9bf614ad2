package org.officeapi.emulator.lambda;

import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.lambda.model.DeploymentPackage;
import org.officeapi.emulator.lambda.model.LambdaFunction;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Functions for tests that drive the runtime without the HTTP layer. */
public final class TestFunctions {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private TestFunctions() {}

    public static LambdaFunction function(String handler, byte[] zip, int timeoutSeconds) {
        String name = "fn-" + COUNT.incrementAndGet();
        return new LambdaFunction(name, FunctionNames.arn("us-east-1", "000000000000", name), "java17",
                "arn:aws:iam::000000000000:role/lambda", handler, "", timeoutSeconds, 256, List.of("x86_64"), Map.of(), Map.of(),
                new DeploymentPackage(Ids.uuid(), zip, LambdaFunctions.sha256(zip), zip.length), Instant.now(), Ids.uuid(), List.of());
    }
}
