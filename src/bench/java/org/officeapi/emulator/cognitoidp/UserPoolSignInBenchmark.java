package org.officeapi.emulator.cognitoidp;

import org.officeapi.signin.srp.SrpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * A whole sign-in as the user pools' sign-in service runs it, without HTTP: the password flow (check the
 * password against the SRP verifier, then issue ID, access and refresh tokens) and the SRP flow (InitiateAuth,
 * then RespondToAuthChallenge; the client's half of SRP, done here by the suite's SrpClient, is included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UserPoolSignInBenchmark {

    private BenchUserPool pool;

    @Setup
    public void setUp() {
        // the system clock: each SRP secret block must be issued at an instant of its own, as in real use
        pool = new BenchUserPool(Clock.systemUTC(), "arn:aws:iam::000000000000:role/CognitoRoleSecureAPIAdmin",
                "arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser");
        if (passwordSignIn().idToken() == null || srpSignIn().idToken() == null) {
            throw new IllegalStateException("a sign-in gave no ID token");
        }
    }

    @Benchmark
    public AuthenticationResultType passwordSignIn() {
        return pool.passwordSignIn();
    }

    @Benchmark
    public AuthenticationResultType srpSignIn() {
        SrpClient srp = SrpClient.start(pool.poolId, pool.clientId, null);
        InitiateAuthResponse challenge = pool.signIn().initiateAuth(InitiateAuthRequest.builder().clientId(pool.clientId)
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(srp.initiateAuthParameters(BenchUserPool.USERNAME)).build(),
                pool.unsigned());
        return pool.signIn().respondToAuthChallenge(RespondToAuthChallengeRequest.builder().clientId(pool.clientId)
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER).session(challenge.session())
                .challengeResponses(srp.passwordVerifierResponses(challenge.challengeParameters(), BenchUserPool.PASSWORD)).build(),
                pool.unsigned()).authenticationResult();
    }
}
