package org.officeapi.emulator.cognitoidp;

import org.officeapi.emulator.cognitoidp.model.PoolKeySource;
import org.officeapi.emulator.cognitoidp.model.PoolRef;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.password.PasswordPolicies;
import org.officeapi.emulator.cognitoidp.tokens.PoolKeyGenerator;
import org.officeapi.emulator.cognitoidp.users.Pages;
import org.officeapi.emulator.cognitoidp.users.UserAttributes;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeleteUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * User pools themselves: create, describe, list, update, delete. A pool's configuration is kept as
 * DescribeUserPool reports it, with AWS's defaults filled in where the request left a setting out (the
 * password policy of 8 characters with all four classes and 7-day temporary passwords, MFA off, deletion
 * protection off, Cognito's own email sender).
 */
public final class UserPoolService {

    private final CognitoIdpStore store;

    public UserPoolService(CognitoIdpStore store) {
        this.store = store;
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html">CreateUserPool</a> */
    public CreateUserPoolResponse createUserPool(CreateUserPoolRequest request, CallContext context) {
        PoolRef ref = new PoolRef(context.accountId(), context.region(), context.region() + "_" + Ids.mixedAlnum(9));
        Instant now = context.receivedAt();
        UserPoolType.Builder description = UserPoolType.builder()
                .id(ref.poolId()).name(request.poolName()).arn(ref.arn())
                .creationDate(now).lastModifiedDate(now)
                .schemaAttributes(UserAttributes.poolSchema(request.schema()))
                .aliasAttributesWithStrings(request.aliasAttributesAsStrings())
                .usernameAttributesWithStrings(request.usernameAttributesAsStrings())
                .usernameConfiguration(request.usernameConfiguration())
                .userPoolTags(request.hasUserPoolTags() ? request.userPoolTags() : null)
                .userPoolTier(request.userPoolTier() == null ? "ESSENTIALS" : request.userPoolTierAsString());
        applySettings(description, new Settings(request.policies(), request.deletionProtectionAsString(), request.lambdaConfig(),
                request.autoVerifiedAttributesAsStrings(), request.smsVerificationMessage(), request.emailVerificationMessage(),
                request.emailVerificationSubject(), request.verificationMessageTemplate(), request.smsAuthenticationMessage(),
                request.mfaConfigurationAsString(), request.emailConfiguration(), request.adminCreateUserConfig()));
        description.userAttributeUpdateSettings(request.userAttributeUpdateSettings())
                .deviceConfiguration(request.deviceConfiguration())
                .smsConfiguration(request.smsConfiguration())
                .userPoolAddOns(request.userPoolAddOns())
                .accountRecoverySetting(request.accountRecoverySetting());
        UserPoolType built = description.build();
        PoolKeySource keys = PoolKeySource.lazy(PoolKeyGenerator::generate);
        UserPool pool = store.change(ref, state -> {
            UserPool created = new UserPool(ref, built, keys);
            state.pools.put(ref.poolId(), created);
            store.locatePool(ref);
            return created;
        });
        return CreateUserPoolResponse.builder().userPool(described(pool, 0)).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPool.html">DescribeUserPool</a> */
    public DescribeUserPoolResponse describeUserPool(DescribeUserPoolRequest request, CallContext context) {
        CognitoIdpStore.RegionState state = store.region(context.accountId(), context.region());
        UserPool pool = Lookups.pool(state, request.userPoolId());
        long users = state.users.keySet().stream().filter(k -> k.poolId().equals(pool.id())).count();
        return DescribeUserPoolResponse.builder().userPool(described(pool, (int) users)).build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPools.html">ListUserPools</a> */
    public ListUserPoolsResponse listUserPools(ListUserPoolsRequest request, CallContext context) {
        List<UserPoolDescriptionType> all = store.region(context.accountId(), context.region()).pools.values().stream()
                .sorted(Comparator.comparing((UserPool p) -> p.description().creationDate()).thenComparing(UserPool::id))
                .map(p -> UserPoolDescriptionType.builder().id(p.id()).name(p.description().name())
                        .lambdaConfig(p.description().lambdaConfig())
                        .lastModifiedDate(p.description().lastModifiedDate()).creationDate(p.description().creationDate()).build())
                .toList();
        Pages.Page<UserPoolDescriptionType> page = Pages.of(all, request.maxResults(), request.nextToken(), 60);
        return ListUserPoolsResponse.builder().userPools(page.items()).nextToken(page.nextToken()).build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserPool.html">UpdateUserPool</a>:
     * as AWS warns, every updatable setting the request leaves out goes back to its default.
     */
    public UpdateUserPoolResponse updateUserPool(UpdateUserPoolRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            UserPoolType.Builder description = pool.description().toBuilder().lastModifiedDate(context.receivedAt());
            applySettings(description, new Settings(request.policies(), request.deletionProtectionAsString(), request.lambdaConfig(),
                    request.autoVerifiedAttributesAsStrings(), request.smsVerificationMessage(), request.emailVerificationMessage(),
                    request.emailVerificationSubject(), request.verificationMessageTemplate(), request.smsAuthenticationMessage(),
                    request.mfaConfigurationAsString(), request.emailConfiguration(), request.adminCreateUserConfig()));
            description.userAttributeUpdateSettings(request.userAttributeUpdateSettings())
                    .deviceConfiguration(request.deviceConfiguration())
                    .smsConfiguration(request.smsConfiguration())
                    .userPoolAddOns(request.userPoolAddOns())
                    .accountRecoverySetting(request.accountRecoverySetting());
            if (request.hasUserPoolTags()) {
                description.userPoolTags(request.userPoolTags());
            }
            if (request.poolName() != null) {
                description.name(request.poolName());
            }
            if (request.userPoolTier() != null) {
                description.userPoolTier(request.userPoolTierAsString());
            }
            state.pools.put(pool.id(), pool.withDescription(description.build()));
            return null;
        });
        return UpdateUserPoolResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteUserPool.html">DeleteUserPool</a>: with its clients, groups and users. */
    public DeleteUserPoolResponse deleteUserPool(DeleteUserPoolRequest request, CallContext context) {
        store.change(context.accountId(), context.region(), state -> {
            UserPool pool = Lookups.pool(state, request.userPoolId());
            if ("ACTIVE".equals(pool.description().deletionProtectionAsString())) {
                throw CognitoIdpErrors.deletionProtected(pool.id());
            }
            state.pools.remove(pool.id());
            state.clients.values().removeIf(c -> {
                boolean ours = c.poolId().equals(pool.id());
                if (ours) {
                    store.forgetClient(c.clientId());
                }
                return ours;
            });
            state.groups.keySet().removeIf(k -> k.poolId().equals(pool.id()));
            state.users.keySet().removeIf(k -> k.poolId().equals(pool.id()));
            state.memberships.keySet().removeIf(m -> m.poolId().equals(pool.id()));
            store.forgetPool(pool.id());
            return null;
        });
        return DeleteUserPoolResponse.builder().build();
    }

    private static UserPoolType described(UserPool pool, int users) {
        return pool.description().toBuilder().estimatedNumberOfUsers(users).build();
    }

    /** The settings CreateUserPool and UpdateUserPool share, each with AWS's default when absent. */
    private record Settings(UserPoolPolicyType policies, String deletionProtection, LambdaConfigType lambdaConfig,
                            List<String> autoVerified, String smsVerificationMessage, String emailVerificationMessage,
                            String emailVerificationSubject, VerificationMessageTemplateType template, String smsAuthenticationMessage,
                            String mfaConfiguration, EmailConfigurationType emailConfiguration, AdminCreateUserConfigType adminCreateUser) {}

    private static void applySettings(UserPoolType.Builder description, Settings s) {
        UserPoolPolicyType policies = s.policies() == null ? UserPoolPolicyType.builder().build() : s.policies();
        description.policies(policies.toBuilder().passwordPolicy(PasswordPolicies.complete(policies.passwordPolicy())).build())
                .deletionProtection(s.deletionProtection() == null ? "INACTIVE" : s.deletionProtection())
                .lambdaConfig(s.lambdaConfig() == null ? LambdaConfigType.builder().build() : s.lambdaConfig())
                .autoVerifiedAttributesWithStrings(s.autoVerified())
                .smsVerificationMessage(s.smsVerificationMessage())
                .emailVerificationMessage(s.emailVerificationMessage())
                .emailVerificationSubject(s.emailVerificationSubject())
                .verificationMessageTemplate(s.template() == null
                        ? VerificationMessageTemplateType.builder().defaultEmailOption("CONFIRM_WITH_CODE").build() : s.template())
                .smsAuthenticationMessage(s.smsAuthenticationMessage())
                .mfaConfiguration(s.mfaConfiguration() == null ? "OFF" : s.mfaConfiguration())
                .emailConfiguration(s.emailConfiguration() == null
                        ? EmailConfigurationType.builder().emailSendingAccount("COGNITO_DEFAULT").build() : s.emailConfiguration())
                .adminCreateUserConfig(s.adminCreateUser() == null
                        ? AdminCreateUserConfigType.builder().allowAdminCreateUserOnly(false).unusedAccountValidityDays(7).build()
                        : s.adminCreateUser());
    }
}
