package org.officeapi.emulator.lambda;

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
