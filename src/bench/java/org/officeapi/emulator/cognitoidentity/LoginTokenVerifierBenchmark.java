package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.cognitoidentity.model.CognitoProvider;
import org.officeapi.emulator.cognitoidentity.model.IdentityPoolRecord;
import org.officeapi.emulator.cognitoidp.BenchUserPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An identity pool verifying a user pool ID token, as GetId and GetCredentialsForIdentity each do once per
 * exchange: parse the JWT, find the pool's public keys through the {@code UserPoolKeys} port, check the RS256
 * signature, issuer, expiry, audience and token use. The token comes from a real sign-in of an in-memory pool.
 * Lives in the identity pools' package because the verifier is package-private (as its unit test does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoginTokenVerifierBenchmark {

    private LoginTokenVerifier verifier;
    private IdentityPoolRecord identityPool;
    private String providerName;
    private String idToken;
    private Instant now;

    @Setup
    public void setUp() {
        BenchUserPool userPool = new BenchUserPool(Clock.systemUTC(), "arn:aws:iam::000000000000:role/CognitoRoleSecureAPIAdmin",
                "arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser");
        verifier = new LoginTokenVerifier(userPool.idp.keys());
        providerName = userPool.providerName();
        identityPool = new IdentityPoolRecord(BenchUserPool.REGION + ":6f1c2b7e-1111-4222-8333-944455556666", BenchUserPool.ACCOUNT,
                BenchUserPool.REGION, "office", false, null, Map.of(), null, List.of(),
                List.of(new CognitoProvider(providerName, userPool.clientId, false)), List.of(), Map.of(), Map.of(), Map.of(), 1,
                userPool.clock.instant());
        idToken = userPool.passwordSignIn().idToken();
        now = userPool.clock.instant().plusSeconds(60);
        Object groups = verify().claims().get("cognito:groups");
        if (!List.of("Admin", "User").equals(groups)) {
            throw new IllegalStateException("the verified token names the groups " + groups);
        }
    }

    @Benchmark
    public VerifiedLogin verify() {
        return verifier.verify(identityPool, providerName, idToken, now);
    }
}
