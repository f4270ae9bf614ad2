package org.officeapi.emulator.sts;

import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.WebIdentity;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.RoleDirectory;
import org.officeapi.emulator.ports.RoleRecord;
import org.officeapi.emulator.sts.model.RoleSession;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.AssumedRoleUser;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** AWS Security Token Service: one method per operation. */
public final class StsService {

    private static final int DEFAULT_DURATION_SECONDS = 3600;
    private static final String ACTION = "sts:AssumeRoleWithWebIdentity";

    private final RoleDirectory roles;
    private final AccessDecisions decisions;
    private final WebIdentityTokens tokens;
    private final StsSessions sessions;

    public StsService(RoleDirectory roles, AccessDecisions decisions, org.officeapi.emulator.ports.IdentityPoolTokenKeys keys,
                      StsSessions sessions) {
        this.roles = roles;
        this.decisions = decisions;
        this.tokens = new WebIdentityTokens(keys);
        this.sessions = sessions;
    }

    /**
     * <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html">GetCallerIdentity</a>:
     * who signed the call, the account root or a role session. Never denied, as in AWS.
     */
    public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request, CallContext context) {
        return GetCallerIdentityResponse.builder()
                .account(context.caller().accountId())
                .arn(context.caller().arn())
                .userId(context.caller().principalId())
                .build();
    }

    /**
     * <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html">AssumeRoleWithWebIdentity</a>
     * for the OpenID tokens of Cognito identity pools (the classic flow): verifies the token, asks IAM
     * whether the role's trust policy lets {@code cognito-identity.amazonaws.com} assume it with the
     * token's {@code aud}, {@code amr} and {@code sub}, and starts a session.
     */
    public AssumeRoleWithWebIdentityResponse assumeRoleWithWebIdentity(AssumeRoleWithWebIdentityRequest request, CallContext context) {
        if (request.policy() != null || request.hasPolicyArns() && !request.policyArns().isEmpty()) {
            // an honest refusal: an ignored session policy would grant more than AWS does
            throw StsErrors.sessionPoliciesNotSupported();
        }
        WebIdentityTokens.VerifiedToken token = tokens.verify(request.webIdentityToken(), context.receivedAt());
        RoleRecord role = roles.findRole(request.roleArn()).orElseThrow(StsErrors::notAuthorizedForWebIdentity);
        Map<String, List<String>> keys = Map.of(
                WebIdentityTokens.COGNITO_IDENTITY + ":aud", List.of(token.audience()),
                WebIdentityTokens.COGNITO_IDENTITY + ":amr", token.amr(),
                WebIdentityTokens.COGNITO_IDENTITY + ":sub", List.of(token.subject()));
        AccessDecision trust = decisions.trust(role, "Federated", WebIdentityTokens.COGNITO_IDENTITY, ACTION, keys);
        if (!trust.allowed()) {
            throw StsErrors.notAuthorizedForWebIdentity();
        }
        int duration = request.durationSeconds() == null ? DEFAULT_DURATION_SECONDS : request.durationSeconds();
        // UNCONFIRMED: whether AWS checks the duration against the role before or after the trust policy
        if (duration > role.maxSessionDurationSeconds()) {
            throw StsErrors.durationExceedsRoleMaximum();
        }
        WebIdentity identity = new WebIdentity(WebIdentityTokens.COGNITO_IDENTITY, token.audience(), token.subject(), token.amr());
        RoleSession session = sessions.start(role, request.roleSessionName(), identity, Duration.ofSeconds(duration));
        return AssumeRoleWithWebIdentityResponse.builder()
                .credentials(Credentials.builder()
                        .accessKeyId(session.accessKeyId())
                        .secretAccessKey(session.secretAccessKey())
                        .sessionToken(session.sessionToken())
                        .expiration(session.expiration())
                        .build())
                .subjectFromWebIdentityToken(token.subject())
                .assumedRoleUser(AssumedRoleUser.builder()
                        .arn(session.caller().arn())
                        .assumedRoleId(session.caller().principalId())
                        .build())
                // AWS: "For OpenID Connect ID tokens, this contains the value of the iss field"
                .provider(token.issuer())
                .audience(token.audience())
                .build();
    }
}
