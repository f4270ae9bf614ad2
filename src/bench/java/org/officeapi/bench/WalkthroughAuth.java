package org.officeapi.bench;

import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.Headers;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.WebIdentity;
import org.officeapi.emulator.iam.IamAccess;
import org.officeapi.emulator.iam.IamRolePolicies;
import org.officeapi.emulator.iam.IamRoles;
import org.officeapi.emulator.iam.IamStore;
import org.officeapi.emulator.ports.IssuedCredentials;
import org.officeapi.emulator.ports.RoleRecord;
import org.officeapi.emulator.sts.StsSessions;
import org.officeapi.emulator.sts.StsStore;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.services.iam.model.CreateRoleRequest;
import software.amazon.awssdk.services.iam.model.PutRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.Role;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The walkthrough's authorization state, built with the embedded AWS's own services and no HTTP: IAM
 * with the two roles and their {@code execute-api:Invoke} policies (as {@code stack.Policies} writes them),
 * and STS web-identity sessions for John (User role) and Rose (Admin role), as the identity pool starts
 * them. Requests are signed by the AWS SDK's signer, as the suite's {@code ApiCaller} signs them.
 */
public final class WalkthroughAuth {

    public static final String ACCOUNT = "000000000000";
    public static final String REGION = "us-east-1";
    public static final String API_ID = "a1b2c3d4e5";
    public static final String STAGE = "api";
    public static final String IDENTITY_POOL_ID = REGION + ":6f1c2b7e-1111-4222-8333-944455556666";
    public static final String HOST = "127.0.0.1:4566";

    /** A fixed instant: the clocks of the fixture never move, so that signatures stay current. */
    public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    public final AwsClock clock = new AwsClock(Clock.fixed(NOW, ZoneOffset.UTC));
    public final IamStore iamStore = new IamStore(Duration.ZERO);
    public final IamAccess iam = new IamAccess(iamStore, clock);
    public final StsSessions sts = new StsSessions(new StsStore(), clock);
    public final SigV4Verifier verifier = new SigV4Verifier(sts, clock);
    public final String adminRoleArn;
    public final String userRoleArn;
    public final IssuedCredentials john;
    public final IssuedCredentials rose;
    public final Caller johnCaller;
    public final Caller roseCaller;

    public WalkthroughAuth() {
        IamRoles roles = new IamRoles(iamStore);
        IamRolePolicies policies = new IamRolePolicies(roles);
        CallContext asRoot = new CallContext("bench", ACCOUNT, REGION, Caller.root(ACCOUNT, "test"), "127.0.0.1", "bench", NOW);
        Role admin = role(roles, policies, asRoot, "CognitoRoleSecureAPIAdmin", List.of("GET/user", "GET/admin"));
        Role user = role(roles, policies, asRoot, "CognitoRoleSecureApiUser", List.of("GET/user"));
        this.adminRoleArn = admin.arn();
        this.userRoleArn = user.arn();
        this.john = session(user, "john-identity");
        this.rose = session(admin, "rose-identity");
        this.johnCaller = sts.lookup(john.accessKeyId()).orElseThrow().caller();
        this.roseCaller = sts.lookup(rose.accessKeyId()).orElseThrow().caller();
    }

    private static Role role(IamRoles roles, IamRolePolicies policies, CallContext context, String name, List<String> methods) {
        Role role = roles.createRole(CreateRoleRequest.builder().roleName(name).assumeRolePolicyDocument(trustPolicy()).build(),
                context).role();
        policies.putRolePolicy(PutRolePolicyRequest.builder().roleName(name).policyName("invoke")
                .policyDocument(invokePolicy(methods)).build(), context);
        return role;
    }

    private IssuedCredentials session(Role role, String identityId) {
        RoleRecord record = iam.findRole(role.arn()).orElseThrow();
        WebIdentity identity = new WebIdentity("cognito-identity.amazonaws.com", IDENTITY_POOL_ID, REGION + ":" + identityId,
                List.of("authenticated", "cognito-idp." + REGION + ".amazonaws.com/" + REGION + "_Office"));
        return sts.startWebIdentitySession(record, "CognitoIdentityCredentials", identity, Duration.ofHours(1));
    }

    /** The trust policy the stack gives both roles: authenticated identities of the identity pool. */
    public static String trustPolicy() {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Principal":{"Federated":"cognito-identity.amazonaws.com"},\
                "Action":"sts:AssumeRoleWithWebIdentity",\
                "Condition":{"StringEquals":{"cognito-identity.amazonaws.com:aud":"%s"},\
                "ForAnyValue:StringLike":{"cognito-identity.amazonaws.com:amr":"authenticated"}}}]}""".formatted(IDENTITY_POOL_ID);
    }

    /** {@code execute-api:Invoke} on exactly these methods ({@code GET/user}) of the API, any stage. */
    public static String invokePolicy(List<String> methods) {
        StringBuilder arns = new StringBuilder();
        for (String method : methods) {
            arns.append(arns.isEmpty() ? "" : ",").append("\"arn:aws:execute-api:").append(REGION).append(':').append(ACCOUNT)
                    .append(':').append(API_ID).append("/*/").append(method).append('"');
        }
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["execute-api:Invoke"],"Resource":[%s]}]}"""
                .formatted(arns);
    }

    /** The execute-api ARN of a call, e.g. {@code GET}, {@code /admin}. */
    public static String invokeArn(String method, String path) {
        return "arn:aws:execute-api:" + REGION + ":" + ACCOUNT + ":" + API_ID + "/" + STAGE + "/" + method + path;
    }

    /** The request context keys execute-api hands IAM (as {@code ExecuteApiAuthorizer} builds them). */
    public static Map<String, List<String>> executeApiContext() {
        Map<String, List<String>> context = new LinkedHashMap<>();
        context.put("aws:SourceIp", List.of("127.0.0.1"));
        context.put("aws:CurrentTime", List.of(NOW.toString()));
        context.put("aws:EpochTime", List.of(Long.toString(NOW.getEpochSecond())));
        context.put("aws:SecureTransport", List.of("true"));
        context.put("aws:UserAgent", List.of("bench"));
        return context;
    }

    /** The URL a call goes to, in LocalStack's layout, which the embedded AWS serves. */
    public static URI url(String method, String path) {
        return URI.create("http://" + HOST + "/_aws/execute-api/" + API_ID + "/" + STAGE + path);
    }

    /** Signs {@code GET /api{path}} with the SDK's signer, as the suite's ApiCaller does. */
    public static SdkHttpRequest sign(IssuedCredentials credentials, String method, String path) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(url(method, path))
                .putHeader("Accept", "application/json").build();
        AwsSessionCredentialsIdentity identity = AwsSessionCredentialsIdentity.create(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken());
        return AwsV4HttpSigner.create().sign(r -> r.identity(identity).request(unsigned)
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "execute-api")
                .putProperty(AwsV4HttpSigner.REGION_NAME, REGION)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC))).request();
    }

    /** A signed request as the embedded server hands it to execute-api. */
    public static HttpRequest received(SdkHttpRequest signed) {
        Headers headers = new Headers();
        signed.forEachHeader((name, values) -> values.forEach(value -> headers.add(name, value)));
        if (signed.firstMatchingHeader("Host").isEmpty()) {
            headers.add("Host", HOST);
        }
        headers.add("User-Agent", "bench");
        return new HttpRequest(signed.method().name(), signed.encodedPath(), signed.encodedQueryParameters().orElse(""), headers,
                new byte[0], "127.0.0.1", NOW);
    }
}
