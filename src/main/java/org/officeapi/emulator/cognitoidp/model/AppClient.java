package org.officeapi.emulator.cognitoidp.model;

import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TokenValidityUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import java.time.Duration;
import java.util.List;

/**
 * An app client exactly as DescribeUserPoolClient reports it (secret included, as AWS includes it),
 * plus what sign-in needs to know about it: its token lifetimes and whether it has a secret.
 */
public record AppClient(UserPoolClientType description) {

    /** Refresh tokens live 30 days unless the client says otherwise. */
    public static final int DEFAULT_REFRESH_DAYS = 30;
    /** ID and access tokens live 1 hour unless the client says otherwise. */
    public static final int DEFAULT_TOKEN_HOURS = 1;

    public String clientId() {
        return description.clientId();
    }

    public String poolId() {
        return description.userPoolId();
    }

    public boolean hasSecret() {
        return description.clientSecret() != null;
    }

    public String secret() {
        return description.clientSecret();
    }

    public List<String> explicitAuthFlows() {
        return description.explicitAuthFlowsAsStrings();
    }

    /** {@code ENABLED} hides whether a user exists; {@code LEGACY} (the API default) says so. */
    public boolean preventsUserExistenceErrors() {
        return "ENABLED".equals(description.preventUserExistenceErrorsAsString());
    }

    /**
     * EnableTokenRevocation: on unless the client says otherwise (the API's default for new clients). Only then do
     * its tokens carry {@code jti} and {@code origin_jti}, and only then may RevokeToken revoke its refresh tokens.
     */
    public boolean tokenRevocationEnabled() {
        return !Boolean.FALSE.equals(description.enableTokenRevocation());
    }

    public Duration idTokenLifetime() {
        return lifetime(description.idTokenValidity(), unit(TokenValidityUnitsType::idTokenAsString, "hours"), Duration.ofHours(DEFAULT_TOKEN_HOURS));
    }

    public Duration accessTokenLifetime() {
        return lifetime(description.accessTokenValidity(), unit(TokenValidityUnitsType::accessTokenAsString, "hours"), Duration.ofHours(DEFAULT_TOKEN_HOURS));
    }

    public Duration refreshTokenLifetime() {
        return lifetime(description.refreshTokenValidity(), unit(TokenValidityUnitsType::refreshTokenAsString, "days"), Duration.ofDays(DEFAULT_REFRESH_DAYS));
    }

    /** How long a challenge Session stays valid: AuthSessionValidity minutes (3 by default). */
    public Duration authSessionLifetime() {
        Integer minutes = description.authSessionValidity();
        return Duration.ofMinutes(minutes == null ? 3 : minutes);
    }

    private String unit(java.util.function.Function<TokenValidityUnitsType, String> which, String fallback) {
        TokenValidityUnitsType units = description.tokenValidityUnits();
        String unit = units == null ? null : which.apply(units);
        return unit == null ? fallback : unit;
    }

    private static Duration lifetime(Integer amount, String unit, Duration fallback) {
        if (amount == null || amount == 0) {
            return fallback;
        }
        return duration(amount, unit);
    }

    /** {@code amount} of a TokenValidityUnits unit ({@code seconds|minutes|hours|days}). */
    public static Duration duration(long amount, String unit) {
        return switch (TimeUnitsType.fromValue(unit)) {
            case SECONDS -> Duration.ofSeconds(amount);
            case MINUTES -> Duration.ofMinutes(amount);
            case DAYS -> Duration.ofDays(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
