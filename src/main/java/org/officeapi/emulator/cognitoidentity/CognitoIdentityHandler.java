package org.officeapi.emulator.cognitoidentity;

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
