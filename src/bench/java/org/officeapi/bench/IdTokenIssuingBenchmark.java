package org.officeapi.bench;

import org.officeapi.emulator.cognitoidp.model.AppClient;
import org.officeapi.emulator.cognitoidp.model.PoolKeySource;
import org.officeapi.emulator.cognitoidp.model.PoolRef;
import org.officeapi.emulator.cognitoidp.model.SignInSession;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.cognitoidp.tokens.IssuedTokens;
import org.officeapi.emulator.cognitoidp.tokens.PoolKeyGenerator;
import org.officeapi.emulator.cognitoidp.tokens.RoleClaims;
import org.officeapi.emulator.cognitoidp.tokens.TokenIssuer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a user pool does at the end of every sign-in: sign Rose's ID token (groups, roles, preferred role,
 * attributes) and access token, RS256 with the pool's two RSA-2048 keys ({@code TokenIssuer.issue}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IdTokenIssuingBenchmark {

    private static final Instant NOW = WalkthroughAuth.NOW;

    private UserPool pool;
    private AppClient client;
    private User rose;
    private List<RoleClaims.GroupRole> groups;
    private SignInSession session;

    @Setup
    public void setUp() {
        PoolRef ref = new PoolRef(WalkthroughAuth.ACCOUNT, WalkthroughAuth.REGION, WalkthroughAuth.REGION + "_Office1234");
        pool = new UserPool(ref, UserPoolType.builder().id(ref.poolId()).name("office").build(),
                PoolKeySource.of(PoolKeyGenerator.generate()));
        client = new AppClient(UserPoolClientType.builder().userPoolId(ref.poolId()).clientId("4k2vq8b1c9d0e7f6g5h3j2k1l0")
                .clientName("web").build());
        String sub = "3f1c2b7e-1111-4222-8333-944455556666";
        rose = new User("rose", sub, Map.of("email", "rose@example.com", "email_verified", "true"), UserStatusType.CONFIRMED, true,
                null, NOW, NOW, NOW, null);
        groups = List.of(new RoleClaims.GroupRole("Admin", 0, "arn:aws:iam::000000000000:role/CognitoRoleSecureAPIAdmin"),
                new RoleClaims.GroupRole("User", 1, "arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser"));
        session = new SignInSession("8d1e4c2a-0000-4000-8000-000000000001", ref, client.clientId(), "rose", sub, NOW, false);
        if (issueIdAndAccessTokens().idToken().split("\\.").length != 3) {
            throw new IllegalStateException("not a signed JWT");
        }
    }

    @Benchmark
    public IssuedTokens issueIdAndAccessTokens() {
        return TokenIssuer.issue(pool, client, rose, groups, session, NOW);
    }
}
