package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.cognitoidentity.model.IdentityPoolRecord;
import org.officeapi.emulator.cognitoidentity.model.IdentityRecord;
import org.officeapi.emulator.cognitoidentity.model.LinkedLogin;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentitiesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentitiesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdRequest;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesRequest;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentitiesResponse;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The identities of identity pools: GetId (unsigned) hands them out; the signed calls describe, list and delete them. */
final class Identities {

    private final CognitoIdentityStore store;
    private final LoginTokenVerifier verifier;

    Identities(CognitoIdentityStore store, LoginTokenVerifier verifier) {
        this.store = store;
        this.verifier = verifier;
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_GetId.html">GetId</a>, unsigned: the pool is
     * found from its id alone. With Logins, every token is verified and the user gets the identity already
     * linked to their login, or a new one; the same user gets the same identity every time. Without, a new
     * guest identity, if the pool allows guests.
     */
    GetIdResponse getId(GetIdRequest request, CallContext context) {
        IdentityPoolRecord pool = store.poolAnywhere(request.identityPoolId())
                .filter(p -> request.accountId() == null || request.accountId().equals(p.accountId()))
                .orElseThrow(() -> CognitoIdentityErrors.poolNotFound(request.identityPoolId()));
        Instant now = context.receivedAt();
        if (!request.hasLogins() || request.logins().isEmpty()) {
            if (!pool.allowUnauthenticatedIdentities()) {
                throw CognitoIdentityErrors.unauthenticatedNotSupported();
            }
            IdentityRecord guest = newIdentity(pool, now);
            store.putNewIdentity(pool, guest);
            return GetIdResponse.builder().identityId(guest.identityId()).build();
        }
        List<LinkedLogin> logins = verifier.verifyAll(pool, request.logins(), now).stream().map(VerifiedLogin::link).toList();
        IdentityRecord identity = store.identityForLogins(pool, logins, () -> newIdentity(pool, now), now)
                .orElseThrow(CognitoIdentityErrors::loginsDoNotMatch);
        return GetIdResponse.builder().identityId(identity.identityId()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_DescribeIdentity.html">DescribeIdentity</a> */
    DescribeIdentityResponse describeIdentity(DescribeIdentityRequest request, CallContext context) {
        IdentityRecord identity = store.identity(context.accountId(), context.region(), request.identityId())
                .orElseThrow(() -> CognitoIdentityErrors.identityNotFound(request.identityId()));
        return DescribeIdentityResponse.builder().identityId(identity.identityId()).logins(providerNames(identity))
                .creationDate(identity.creationDate()).lastModifiedDate(identity.lastModifiedDate()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_ListIdentities.html">ListIdentities</a>: in creation order. */
    ListIdentitiesResponse listIdentities(ListIdentitiesRequest request, CallContext context) {
        IdentityPoolRecord pool = store.pool(context.accountId(), context.region(), request.identityPoolId())
                .orElseThrow(() -> CognitoIdentityErrors.poolNotFound(request.identityPoolId()));
        long from = PageToken.decode(request.nextToken());
        List<IdentityRecord> rest = store.identities(pool.accountId(), pool.region(), pool.identityPoolId()).stream()
                .filter(identity -> identity.sequence() >= from).toList();
        List<IdentityRecord> page = rest.subList(0, Math.min(request.maxResults(), rest.size()));
        ListIdentitiesResponse.Builder out = ListIdentitiesResponse.builder().identityPoolId(pool.identityPoolId())
                .identities(page.stream().map(identity -> IdentityDescription.builder().identityId(identity.identityId())
                        .logins(providerNames(identity)).creationDate(identity.creationDate())
                        .lastModifiedDate(identity.lastModifiedDate()).build()).toList());
        if (rest.size() > page.size()) {
            out.nextToken(PageToken.encode(rest.get(page.size()).sequence()));
        }
        return out.build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_DeleteIdentities.html">DeleteIdentities</a>:
     * identities that do not exist (any more) are simply gone already.
     */
    DeleteIdentitiesResponse deleteIdentities(DeleteIdentitiesRequest request, CallContext context) {
        request.identityIdsToDelete().stream().filter(Objects::nonNull)
                .forEach(id -> store.deleteIdentity(context.accountId(), context.region(), id));
        return DeleteIdentitiesResponse.builder().unprocessedIdentityIds(List.of()).build();
    }

    private IdentityRecord newIdentity(IdentityPoolRecord pool, Instant now) {
        return new IdentityRecord(pool.region() + ":" + Ids.uuid(), pool.identityPoolId(), List.of(), now, now, store.nextSequence());
    }

    private static List<String> providerNames(IdentityRecord identity) {
        return identity.logins().stream().map(LinkedLogin::providerName).distinct().toList();
    }
}
