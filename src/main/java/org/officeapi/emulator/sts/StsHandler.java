package org.officeapi.emulator.sts;

import org.officeapi.emulator.protocol.OperationTable;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;

/** STS on the wire (awsQuery): which operation goes to which method. */
public final class StsHandler {

    private StsHandler() {}

    public static OperationTable operations(StsService sts) {
        return OperationTable.builder()
                .on(GetCallerIdentityRequest.class, sts::getCallerIdentity)
                .on(AssumeRoleWithWebIdentityRequest.class, sts::assumeRoleWithWebIdentity)
                .build();
    }
}
