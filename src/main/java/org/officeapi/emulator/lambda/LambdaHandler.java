package org.officeapi.emulator.lambda;

import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkField;
import org.officeapi.emulator.protocol.SdkPojos;
import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.OperationTable;
import software.amazon.awssdk.services.lambda.model.AddPermissionRequest;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.DeleteFunctionRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationRequest;
import software.amazon.awssdk.services.lambda.model.GetFunctionRequest;
import software.amazon.awssdk.services.lambda.model.GetPolicyRequest;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.ListFunctionsRequest;
import software.amazon.awssdk.services.lambda.model.RemovePermissionRequest;

/** Lambda on the wire (restJson1, {@code /2015-03-31/functions…}): which operation goes to which method. */
public final class LambdaHandler {

    /** CreateFunction's limit: a 50 MB zip, base64 in JSON (Lambda's own figure). */
    public static final int MAX_REQUEST_BYTES = 69_905_067;

    private LambdaHandler() {}

    /**
     * What IAM is asked about a role session's Lambda call: {@code lambda:<Operation>} ({@code lambda:InvokeFunction}
     * for Invoke, as AWS names it) on the function's ARN when the input names one.
     */
    public static EndpointSettings.IamQuestions iamQuestions() {
        return (operation, request, input, account, region) -> {
            String action = "lambda:" + (operation.name().equals("Invoke") ? "InvokeFunction" : operation.name());
            String name = input instanceof SdkPojo pojo ? functionName(pojo) : null;
            String resource = name == null ? "*" : name.startsWith("arn:") ? name
                    : "arn:aws:lambda:" + region + ":" + account + ":function:" + name;
            return new EndpointSettings.IamQuestion(action, resource);
        };
    }

    private static String functionName(SdkPojo input) {
        SdkField<?> field = SdkPojos.field(input, "FunctionName");
        Object value = field == null ? null : SdkPojos.valueOf(field, input);
        return value == null ? null : value.toString();
    }

    public static OperationTable operations(LambdaFunctions functions, LambdaPermissions permissions, LambdaInvocations invocations) {
        return OperationTable.builder()
                .on(CreateFunctionRequest.class, functions::createFunction)
                .on(GetFunctionRequest.class, functions::getFunction)
                .on(GetFunctionConfigurationRequest.class, functions::getFunctionConfiguration)
                .on(ListFunctionsRequest.class, functions::listFunctions)
                .on(DeleteFunctionRequest.class, functions::deleteFunction)
                .on(AddPermissionRequest.class, permissions::addPermission)
                .on(RemovePermissionRequest.class, permissions::removePermission)
                .on(GetPolicyRequest.class, permissions::getPolicy)
                .on(InvokeRequest.class, invocations::invoke)
                .build();
    }
}
