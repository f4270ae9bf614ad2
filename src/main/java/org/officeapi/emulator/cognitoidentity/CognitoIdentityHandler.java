package org.officeapi.emulator.cognitoidentity;

import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkField;
import org.officeapi.emulator.protocol.SdkPojos;
import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.OperationTable;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentitiesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetOpenIdTokenRequest;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsRequest;
import software.amazon.awssdk.services.cognitoidentity.model.SetIdentityPoolRolesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolRequest;

/** Cognito identity pools on the wire (awsJson1_1, {@code AWSCognitoIdentityService.*}): which operation goes to which method. */
public final class CognitoIdentityHandler {

    private CognitoIdentityHandler() {}

    /** What IAM authorizes a signed call on: the identity pool it names, or {@code *}. */
    public static EndpointSettings.ResourceNamer resources() {
        return (operation, input, account, region) -> {
            if (input instanceof SdkPojo pojo) {
                SdkField<?> field = SdkPojos.field(pojo, "IdentityPoolId");
                Object poolId = field == null ? null : SdkPojos.valueOf(field, pojo);
                if (poolId != null) {
                    return "arn:aws:cognito-identity:" + region + ":" + account + ":identitypool/" + poolId;
                }
            }
            return "*";
        };
    }

    public static OperationTable operations(CognitoIdentityService service) {
        IdentityPools pools = service.pools();
        IdentityPoolRoles roles = service.roles();
        Identities identities = service.identities();
        IdentityCredentials credentials = service.credentials();
        return OperationTable.builder()
                .on(CreateIdentityPoolRequest.class, pools::createIdentityPool)
                .on(DescribeIdentityPoolRequest.class, pools::describeIdentityPool)
                .on(ListIdentityPoolsRequest.class, pools::listIdentityPools)
                .on(UpdateIdentityPoolRequest.class, pools::updateIdentityPool)
                .on(DeleteIdentityPoolRequest.class, pools::deleteIdentityPool)
                .on(SetIdentityPoolRolesRequest.class, roles::setIdentityPoolRoles)
                .on(GetIdentityPoolRolesRequest.class, roles::getIdentityPoolRoles)
                .on(GetIdRequest.class, identities::getId)
                .on(DescribeIdentityRequest.class, identities::describeIdentity)
                .on(ListIdentitiesRequest.class, identities::listIdentities)
                .on(DeleteIdentitiesRequest.class, identities::deleteIdentities)
                .on(GetCredentialsForIdentityRequest.class, credentials::getCredentialsForIdentity)
                .on(GetOpenIdTokenRequest.class, credentials::getOpenIdToken)
                .build();
    }
}
