package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.cognitoidentity.model.CognitoProvider;
import org.officeapi.emulator.cognitoidentity.model.IdentityPoolRecord;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DeleteIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsRequest;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolRequest;
import software.amazon.awssdk.services.cognitoidentity.model.UpdateIdentityPoolResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Identity pools themselves: create, describe, list, update, delete. Signed operations, in the caller's account and region. */
final class IdentityPools {

    // cognito-idp.{region}.amazonaws.com/{userPoolId}, the user pool id as the user pool model's pattern has it
    private static final Pattern USER_POOL_PROVIDER = Pattern.compile("cognito-idp\\.[a-z0-9-]+\\.amazonaws\\.com/[\\w-]+_[0-9a-zA-Z]+");

    private final CognitoIdentityStore store;

    IdentityPools(CognitoIdentityStore store) {
        this.store = store;
    }

    /** <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_CreateIdentityPool.html">CreateIdentityPool</a> */
    CreateIdentityPoolResponse createIdentityPool(CreateIdentityPoolRequest request, CallContext context) {
        IdentityPoolRecord pool = new IdentityPoolRecord(context.region() + ":" + Ids.uuid(), context.accountId(), context.region(),
                request.identityPoolName(), request.allowUnauthenticatedIdentities(), request.allowClassicFlow(),
                orEmpty(request.supportedLoginProviders()), request.developerProviderName(), orEmpty(request.openIdConnectProviderARNs()),
                providers(request.cognitoIdentityProviders()), orEmpty(request.samlProviderARNs()), orEmpty(request.identityPoolTags()),
                Map.of(), Map.of(), store.nextSequence(), context.receivedAt());
        store.putNewPool(pool);
        return SameShape.copy(description(pool), CreateIdentityPoolResponse.builder());
    }

    /** <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_DescribeIdentityPool.html">DescribeIdentityPool</a> */
    DescribeIdentityPoolResponse describeIdentityPool(DescribeIdentityPoolRequest request, CallContext context) {
        return description(find(request.identityPoolId(), context));
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_ListIdentityPools.html">ListIdentityPools</a>:
     * in creation order, {@code MaxResults} at a time.
     */
    ListIdentityPoolsResponse listIdentityPools(ListIdentityPoolsRequest request, CallContext context) {
        long from = PageToken.decode(request.nextToken());
        List<IdentityPoolRecord> rest = store.pools(context.accountId(), context.region()).stream()
                .filter(pool -> pool.sequence() >= from).toList();
        List<IdentityPoolRecord> page = rest.subList(0, Math.min(request.maxResults(), rest.size()));
        ListIdentityPoolsResponse.Builder out = ListIdentityPoolsResponse.builder()
                .identityPools(page.stream().map(pool -> IdentityPoolShortDescription.builder()
                        .identityPoolId(pool.identityPoolId()).identityPoolName(pool.name()).build()).toList());
        if (rest.size() > page.size()) {
            out.nextToken(PageToken.encode(rest.get(page.size()).sequence()));
        }
        return out.build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_UpdateIdentityPool.html">UpdateIdentityPool</a>:
     * the configuration sent replaces the pool's; roles and role mappings stay, and tags stay unless sent.
     */
    UpdateIdentityPoolResponse updateIdentityPool(UpdateIdentityPoolRequest request, CallContext context) {
        IdentityPoolRecord current = find(request.identityPoolId(), context);
        IdentityPoolRecord sent = new IdentityPoolRecord(current.identityPoolId(), current.accountId(), current.region(),
                request.identityPoolName(), request.allowUnauthenticatedIdentities(), request.allowClassicFlow(),
                orEmpty(request.supportedLoginProviders()), request.developerProviderName(), orEmpty(request.openIdConnectProviderARNs()),
                providers(request.cognitoIdentityProviders()), orEmpty(request.samlProviderARNs()),
                request.hasIdentityPoolTags() ? orEmpty(request.identityPoolTags()) : current.tags(), Map.of(), Map.of(), 0, current.creationDate());
        IdentityPoolRecord updated = current.withConfiguration(sent);
        if (!store.replacePool(updated)) {
            throw CognitoIdentityErrors.poolNotFound(request.identityPoolId());
        }
        return SameShape.copy(description(updated), UpdateIdentityPoolResponse.builder());
    }

    /** <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_DeleteIdentityPool.html">DeleteIdentityPool</a>: the pool and all its identities. */
    DeleteIdentityPoolResponse deleteIdentityPool(DeleteIdentityPoolRequest request, CallContext context) {
        if (!store.deletePool(context.accountId(), context.region(), request.identityPoolId())) {
            throw CognitoIdentityErrors.poolNotFound(request.identityPoolId());
        }
        return DeleteIdentityPoolResponse.builder().build();
    }

    /** The pool as AWS describes it; Create and Update answer with the same members. */
    private static DescribeIdentityPoolResponse description(IdentityPoolRecord pool) {
        DescribeIdentityPoolResponse.Builder out = DescribeIdentityPoolResponse.builder()
                .identityPoolId(pool.identityPoolId()).identityPoolName(pool.name())
                .allowUnauthenticatedIdentities(pool.allowUnauthenticatedIdentities()).allowClassicFlow(pool.allowClassicFlow())
                .developerProviderName(pool.developerProviderName());
        if (!pool.supportedLoginProviders().isEmpty()) {
            out.supportedLoginProviders(pool.supportedLoginProviders());
        }
        if (!pool.openIdConnectProviderArns().isEmpty()) {
            out.openIdConnectProviderARNs(pool.openIdConnectProviderArns());
        }
        if (!pool.cognitoProviders().isEmpty()) {
            out.cognitoIdentityProviders(wire(pool.cognitoProviders()));
        }
        if (!pool.samlProviderArns().isEmpty()) {
            out.samlProviderARNs(pool.samlProviderArns());
        }
        if (!pool.tags().isEmpty()) {
            out.identityPoolTags(pool.tags());
        }
        return out.build();
    }

    private IdentityPoolRecord find(String identityPoolId, CallContext context) {
        return store.pool(context.accountId(), context.region(), identityPoolId)
                .orElseThrow(() -> CognitoIdentityErrors.poolNotFound(identityPoolId));
    }

    /** The user-pool providers as sent, refused as AWS refuses a provider name that names no user pool. */
    private static List<CognitoProvider> providers(List<CognitoIdentityProvider> sent) {
        if (sent == null) {
            return List.of();
        }
        return sent.stream().map(provider -> {
            if (provider == null || provider.providerName() == null || !USER_POOL_PROVIDER.matcher(provider.providerName()).matches()) {
                // observed for a missing ProviderName; a name of another shape is taken to be refused the same way
                throw CognitoIdentityErrors.invalidParameter("Invalid Cognito Identity Provider");
            }
            return new CognitoProvider(provider.providerName(), provider.clientId(), Boolean.TRUE.equals(provider.serverSideTokenCheck()));
        }).toList();
    }

    private static List<CognitoIdentityProvider> wire(List<CognitoProvider> providers) {
        return providers.stream().map(p -> CognitoIdentityProvider.builder().providerName(p.providerName()).clientId(p.clientId())
                .serverSideTokenCheck(p.serverSideTokenCheck()).build()).toList();
    }

    /** The map as sent, without entries whose value was JSON null (which AWS's parser drops too). */
    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        if (map == null) {
            return Map.of();
        }
        Map<K, V> present = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        return present;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
