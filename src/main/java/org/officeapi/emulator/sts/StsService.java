package org.officeapi.emulator.sts;

import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** AWS Security Token Service: one method per operation. */
public final class StsService {

    /** Who signed the call: the account root, or a role session. Never denied, as in AWS. */
    public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request, CallContext context) {
        return GetCallerIdentityResponse.builder()
                .account(context.caller().accountId())
                .arn(context.caller().arn())
                .userId(context.caller().principalId())
                .build();
    }
}
