package org.officeapi.stack;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;

import java.nio.file.Path;

/** The API's Lambda: its execution role (trusting Lambda, allowed to write logs) and the function from the built zip. */
final class FunctionProvisioning {

    static final String HANDLER = "org.officeapi.lambda.OfficeApiHandler::handleRequest";

    private FunctionProvisioning() {}

    static String create(Provisioning p, Path zip) {
        String roleName = p.names().of("office-api-lambda");
        String roleArn = p.timed("role " + roleName, () -> p.clients().iam().createRole(r -> r.roleName(roleName)
                .assumeRolePolicyDocument(Policies.lambdaTrust())
                .description("Execution role of the office API's Lambda (office-api-acceptance run " + p.names().runId() + ")")
                .tags(t -> t.key(ResourceNames.RUN_TAG).value(p.names().runId()),
                        t -> t.key(ResourceNames.STARTED_TAG).value(p.names().startedAt().toString())))).role().arn();
        p.teardown().add("role " + roleName, () -> p.clients().iam().deleteRole(r -> r.roleName(roleName)));
        p.clients().iam().putRolePolicy(r -> r.roleName(roleName).policyName("logs").policyDocument(Policies.lambdaLogs()));
        p.teardown().add("policy logs of role " + roleName,
                () -> p.clients().iam().deleteRolePolicy(r -> r.roleName(roleName).policyName("logs")));

        String functionName = p.names().of("office-api");
        SdkBytes code = SdkBytes.fromByteArray(readZip(zip));
        // A fresh role is not yet assumable by Lambda while IAM propagates (reference §3.5)
        CreateFunctionResponse function = p.eventually().call("function " + functionName,
                e -> "InvalidParameterValueException".equals(AwsErrors.code(e)) && AwsErrors.message(e).contains("cannot be assumed"),
                () -> p.timed("function " + functionName, () -> p.clients().lambda().createFunction(r -> r
                        .functionName(functionName).runtime(Runtime.JAVA17).handler(HANDLER).role(roleArn)
                        .memorySize(512).timeout(15).code(c -> c.zipFile(code)).tags(p.tags())
                        .description("office-api-acceptance: answers Hello user / Hello admin"))));
        p.teardown().add("function " + functionName, () -> p.clients().lambda().deleteFunction(r -> r.functionName(functionName)));
        return function.functionArn();
    }

    private static byte[] readZip(Path zip) {
        try {
            return java.nio.file.Files.readAllBytes(zip);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the API's Lambda at " + zip + " (run `mvn package` first): " + e.getMessage(), e);
        }
    }
}
