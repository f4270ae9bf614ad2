package org.officeapi.emulator.cognitoidp.signin;

import org.officeapi.emulator.cognitoidp.password.PasswordCredentials;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which AuthFlow and ChallengeName values the embedded user pools answer, and with what. InitiateAuth and
 * AdminInitiateAuth each take only some flows (ADMIN_* only on the admin call, USER_PASSWORD_AUTH only on the
 * other); a flow either takes is answered by the strategy registered for it, or refused as not implemented.
 * USER_SRP_AUTH and PASSWORD_VERIFIER are the places SRP plugs in ({@link #with}).
 */
public final class SignInFlows {

    /** The flows InitiateAuth takes (its AuthFlow values minus the admin ones). */
    public static final Set<String> INITIATE_AUTH = Set.of("USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN",
            "CUSTOM_AUTH", "USER_PASSWORD_AUTH", "USER_AUTH");
    /** The flows AdminInitiateAuth takes. */
    public static final Set<String> ADMIN_INITIATE_AUTH = Set.of("USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN",
            "CUSTOM_AUTH", "ADMIN_NO_SRP_AUTH", "ADMIN_USER_PASSWORD_AUTH", "USER_AUTH");

    private final Map<String, AuthFlow> flows;
    private final Map<String, ChallengeResponder> challenges;

    private SignInFlows(Map<String, AuthFlow> flows, Map<String, ChallengeResponder> challenges) {
        this.flows = Map.copyOf(flows);
        this.challenges = Map.copyOf(challenges);
    }

    /** Password sign-in, refresh and the NEW_PASSWORD_REQUIRED challenge. */
    public static SignInFlows standard(SignInSteps steps, PasswordCredentials credentials) {
        UserPasswordFlow password = new UserPasswordFlow(steps);
        RefreshTokenFlow refresh = new RefreshTokenFlow(steps);
        return new SignInFlows(
                Map.of("USER_PASSWORD_AUTH", password, "ADMIN_USER_PASSWORD_AUTH", password, "ADMIN_NO_SRP_AUTH", password,
                        "REFRESH_TOKEN_AUTH", refresh, "REFRESH_TOKEN", refresh),
                Map.of("NEW_PASSWORD_REQUIRED", new NewPasswordChallenge(steps, credentials)));
    }

    /** These flows plus one more flow and the challenges it leads to (e.g. USER_SRP_AUTH with PASSWORD_VERIFIER). */
    public SignInFlows with(String authFlow, AuthFlow flow, Map<String, ChallengeResponder> moreChallenges) {
        Map<String, AuthFlow> allFlows = new HashMap<>(flows);
        allFlows.put(authFlow, flow);
        Map<String, ChallengeResponder> allChallenges = new HashMap<>(challenges);
        allChallenges.putAll(moreChallenges);
        return new SignInFlows(allFlows, allChallenges);
    }

    public Optional<AuthFlow> flow(String authFlow) {
        return Optional.ofNullable(flows.get(authFlow));
    }

    public Optional<ChallengeResponder> challenge(String challengeName) {
        return Optional.ofNullable(challenges.get(challengeName));
    }
}
