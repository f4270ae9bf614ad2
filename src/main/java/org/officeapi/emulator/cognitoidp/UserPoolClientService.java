package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.signin.ClientFlows;
import org.officeapi.emulator.cognitoidp.users.Pages;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AnalyticsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenRotationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * App clients: create, describe, list, update, delete. Client ids are 26 lower-case alphanumerics and
 * secrets 51 (both UNCONFIRMED lengths, the common observation). Omitted settings take AWS's API defaults:
 * ExplicitAuthFlows ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH and ALLOW_CUSTOM_AUTH; refresh tokens 30 days
 * (ID and access tokens 1 hour, reported only when set); PreventUserExistenceErrors LEGACY; token revocation on;
 * challenge sessions 3 minutes.
 */
public final class UserPoolClientService {

    private static final Duration SHORTEST_TOKEN = Duration.ofMinutes(5);
    private static final Duration LONGEST_TOKEN = Duration.ofDays(1);
    private static final Duration SHORTEST_REFRESH = Duration.ofMinutes(60);
    private static final Duration LONGEST_REFRESH = Duration.ofDays(3650);

    private final CognitoIdpStore store;

    public UserPoolClientService(CognitoIdpStore store) {
        this.store = store;
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html">CreateUserPoolClient</a> */
    public CreateUserPoolClientResponse createUserPoolClient(CreateUserPoolClientRequest request, CallContext context) {
        String clientId = Ids.lowerAlnum(26);
        String secret = request.clientSecret() != null ? request.clientSecret()
                : Boolean.TRUE.equals(request.generateSecret()) ? Ids.lowerAlnum(51) : null;
        Settings settings = new Settings(request.clientName(), request.refreshTokenValidity(), request.accessTokenValidity(),
                request.idTokenValidity(), request.tokenValidityUnits(), request.readAttributes(), request.writeAttributes(),
                request.explicitAuthFlowsAsStrings(), request.supportedIdentityProviders(), request.callbackURLs(), request.logoutURLs(),
                request.defaultRedirectURI(), request.allowedOAuthFlowsAsStrings(), request.allowedOAuthScopes(),
                request.allowedOAuthFlowsUserPoolClient(), request.analyticsConfiguration(), request.preventUserExistenceErrorsAsString(),
                request.enableTokenRevocation(), request.enablePropagateAdditionalUserContextData(), request.authSessionValidity(),
                request.refreshTokenRotation());
        UserPoolClientType description = described(settings, request.userPoolId(), clientId, secret, context.receivedAt(), context.receivedAt());
        AppClient client = store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            AppClient created = new AppClient(description);
            state.clients.put(clientId, created);
            store.locateClient(clientId, pool.ref());
            return created;
        });
        return CreateUserPoolClientResponse.builder().userPoolClient(client.description()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPoolClient.html">DescribeUserPoolClient</a> */
    public DescribeUserPoolClientResponse describeUserPoolClient(DescribeUserPoolClientRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        AppClient client = Lookups.client(state, Lookups.pool(state, request.userPoolId()), request.clientId());
        return DescribeUserPoolClientResponse.builder().userPoolClient(client.description()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPoolClients.html">ListUserPoolClients</a> */
    public ListUserPoolClientsResponse listUserPoolClients(ListUserPoolClientsRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        UserPool pool = Lookups.pool(state, request.userPoolId());
        List<UserPoolClientDescription> all = state.clients.values().stream()
                .filter(c -> c.poolId().equals(pool.id()))
                .map(AppClient::description)
                .sorted(Comparator.comparing(UserPoolClientType::creationDate).thenComparing(UserPoolClientType::clientId))
                .map(c -> UserPoolClientDescription.builder().clientId(c.clientId()).userPoolId(c.userPoolId()).clientName(c.clientName()).build())
                .toList();
        Pages.Page<UserPoolClientDescription> page = Pages.of(all, request.maxResults(), request.nextToken(), 60);
        return ListUserPoolClientsResponse.builder().userPoolClients(page.items()).nextToken(page.nextToken()).build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPoolClient.html">UpdateUserPoolClient</a>:
     * as AWS warns, every setting the request leaves out goes back to its default (the name and secret stay).
     */
    public UpdateUserPoolClientResponse updateUserPoolClient(UpdateUserPoolClientRequest request, CallContext context) {
        AppClient updated = store.change(context.accountId(), context.region(), state -> {
            AppClient current = Lookups.client(state, Lookups.pool(state, request.userPoolId()), request.clientId());
            UserPoolClientType before = current.description();
            Settings settings = new Settings(request.clientName() == null ? before.clientName() : request.clientName(),
                    request.refreshTokenValidity(), request.accessTokenValidity(), request.idTokenValidity(), request.tokenValidityUnits(),
                    request.readAttributes(), request.writeAttributes(), request.explicitAuthFlowsAsStrings(),
                    request.supportedIdentityProviders(), request.callbackURLs(), request.logoutURLs(), request.defaultRedirectURI(),
                    request.allowedOAuthFlowsAsStrings(), request.allowedOAuthScopes(), request.allowedOAuthFlowsUserPoolClient(),
                    request.analyticsConfiguration(), request.preventUserExistenceErrorsAsString(), request.enableTokenRevocation(),
                    request.enablePropagateAdditionalUserContextData(), request.authSessionValidity(), request.refreshTokenRotation());
            AppClient changed = new AppClient(described(settings, before.userPoolId(), before.clientId(), before.clientSecret(),
                    before.creationDate(), context.receivedAt()));
            state.clients.put(changed.clientId(), changed);
            return changed;
        });
        return UpdateUserPoolClientResponse.builder().userPoolClient(updated.description()).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUserPoolClient.html">DeleteUserPoolClient</a> */
    public DeleteUserPoolClientResponse deleteUserPoolClient(DeleteUserPoolClientRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            AppClient client = Lookups.client(state, Lookups.pool(state, request.userPoolId()), request.clientId());
            state.clients.remove(client.clientId());
            store.forgetClient(client.clientId());
            return null;
        });
        return DeleteUserPoolClientResponse.builder().build();
    }

    /** What CreateUserPoolClient and UpdateUserPoolClient share. */
    private record Settings(String name, Integer refreshValidity, Integer accessValidity, Integer idValidity, TokenValidityUnitsType units,
                            List<String> readAttributes, List<String> writeAttributes, List<String> flows, List<String> identityProviders,
                            List<String> callbackUrls, List<String> logoutUrls, String defaultRedirectUri, List<String> oauthFlows,
                            List<String> oauthScopes, Boolean oauthFlowsUserPoolClient, AnalyticsConfigurationType analytics,
                            String preventUserExistenceErrors, Boolean tokenRevocation, Boolean propagateContextData,
                            Integer authSessionValidity, RefreshTokenRotationType refreshTokenRotation) {}

    private static UserPoolClientType described(Settings s, String poolId, String clientId, String secret, Instant created, Instant modified) {
        checkFlows(s.flows());
        checkValidity(s);
        return UserPoolClientType.builder()
                .userPoolId(poolId).clientName(s.name()).clientId(clientId).clientSecret(secret)
                .lastModifiedDate(modified).creationDate(created)
                .refreshTokenValidity(s.refreshValidity() == null || s.refreshValidity() == 0 ? AppClient.DEFAULT_REFRESH_DAYS : s.refreshValidity())
                .accessTokenValidity(s.accessValidity()).idTokenValidity(s.idValidity())
                .tokenValidityUnits(s.units())
                .readAttributes(s.readAttributes()).writeAttributes(s.writeAttributes())
                .explicitAuthFlowsWithStrings(s.flows().isEmpty() ? ClientFlows.DEFAULTS : s.flows())
                .supportedIdentityProviders(s.identityProviders()).callbackURLs(s.callbackUrls()).logoutURLs(s.logoutUrls())
                .defaultRedirectURI(s.defaultRedirectUri())
                .allowedOAuthFlowsWithStrings(s.oauthFlows()).allowedOAuthScopes(s.oauthScopes())
                .allowedOAuthFlowsUserPoolClient(s.oauthFlowsUserPoolClient() != null && s.oauthFlowsUserPoolClient())
                .analyticsConfiguration(s.analytics())
                .preventUserExistenceErrors(s.preventUserExistenceErrors() == null ? "LEGACY" : s.preventUserExistenceErrors())
                .enableTokenRevocation(s.tokenRevocation() == null || s.tokenRevocation())
                .enablePropagateAdditionalUserContextData(s.propagateContextData() != null && s.propagateContextData())
                .authSessionValidity(s.authSessionValidity() == null ? 3 : s.authSessionValidity())
                .refreshTokenRotation(s.refreshTokenRotation())
                .build();
    }

    /** The legacy flow names cannot be mixed with the ALLOW_ ones (the developer guide says so; the wording is UNCONFIRMED). */
    private static void checkFlows(List<String> flows) {
        boolean legacy = flows.stream().anyMatch(ClientFlows.LEGACY::contains);
        boolean current = flows.stream().anyMatch(f -> !ClientFlows.LEGACY.contains(f));
        if (legacy && current) {
            throw CognitoIdpErrors.invalidParameter("ExplicitAuthFlows cannot mix the legacy values (USER_PASSWORD_AUTH, "
                    + "ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY) with values that begin with ALLOW_.");
        }
    }

    /** ID and access tokens may live 5 minutes to 1 day, refresh tokens 60 minutes to 10 years. */
    private static void checkValidity(Settings s) {
        TokenValidityUnitsType units = s.units();
        check(s.accessValidity(), units == null ? null : units.accessTokenAsString(), "hours", SHORTEST_TOKEN, LONGEST_TOKEN);
        check(s.idValidity(), units == null ? null : units.idTokenAsString(), "hours", SHORTEST_TOKEN, LONGEST_TOKEN);
        if (s.refreshValidity() != null && s.refreshValidity() != 0) {
            check(s.refreshValidity(), units == null ? null : units.refreshTokenAsString(), "days", SHORTEST_REFRESH, LONGEST_REFRESH);
        }
    }

    private static void check(Integer amount, String unit, String defaultUnit, Duration shortest, Duration longest) {
        if (amount == null) {
            return;
        }
        Duration lifetime = AppClient.duration(amount, unit == null ? defaultUnit : unit);
        if (lifetime.compareTo(shortest) < 0 || lifetime.compareTo(longest) > 0) {
            throw CognitoIdpErrors.invalidTokenValidityRange();
        }
    }
}
