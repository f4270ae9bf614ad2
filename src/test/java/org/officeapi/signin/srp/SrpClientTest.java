package org.officeapi.signin.srp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.officeapi.srp.SecretHash;
import org.officeapi.srp.Srp6a;
import org.officeapi.srp.SrpGroup;
import org.officeapi.srp.SrpVectors;
import org.officeapi.srp.SrpVectors.Handshake;

import java.math.BigInteger;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The suite's SRP client answers exactly as amazon-cognito-identity-js answered the same challenge. */
class SrpClientTest {

    static List<Handshake> handshakes() {
        return SrpVectors.handshakes();
    }

    private static SrpClient clientFor(Handshake h, String clientSecret) {
        return SrpClient.deterministic(h.input().userPoolId(), h.input().clientId(), clientSecret, h.input().a(), h.input().clock());
    }

    private static Map<String, String> challengeOf(Handshake h) {
        return Map.of("SALT", h.input().salt(), "SRP_B", h.expected().SRP_B(), "SECRET_BLOCK", h.input().secretBlock(),
                "USERNAME", h.input().userIdForSrp(), "USER_ID_FOR_SRP", h.input().userIdForSrp());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handshakes")
    void sendsTheSdksInitiateAuthParameters(Handshake h) {
        assertThat(clientFor(h, null).initiateAuthParameters(h.input().signInName()))
                .containsExactly(Map.entry("USERNAME", h.input().signInName()), Map.entry("SRP_A", h.expected().SRP_A()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handshakes")
    void answersThePasswordVerifierByteForByteAsTheSdk(Handshake h) {
        Map<String, String> responses = clientFor(h, null).passwordVerifierResponses(challengeOf(h), h.input().password());
        assertThat(responses).isEqualTo(h.expected().challengeResponses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handshakes")
    void derivesTheSdksSharedSecret(Handshake h) {
        SrpClient client = clientFor(h, null);
        BigInteger largeB = new BigInteger(h.expected().SRP_B(), 16);
        BigInteger u = Srp6a.u(client.largeA(), largeB);
        BigInteger x = Srp6a.x(h.input().poolName(), h.input().userIdForSrp(), h.input().password(), h.input().salt());
        assertThat(client.sharedSecret(largeB, u, x).toString(16)).isEqualTo(h.expected().S());
    }

    @Test
    void aClientWithASecretSendsSecretHashOverTheNameItSends() {
        Handshake h = handshakes().get(1);
        String secret = "client-secret-for-test";
        SrpClient client = clientFor(h, secret);
        assertThat(client.initiateAuthParameters(h.input().signInName()))
                .containsEntry("SECRET_HASH", SecretHash.of(secret, h.input().signInName(), h.input().clientId()));
        Map<String, String> responses = client.passwordVerifierResponses(challengeOf(h), h.input().password());
        assertThat(responses).containsEntry("SECRET_HASH", SecretHash.of(secret, h.input().userIdForSrp(), h.input().clientId()));
        assertThat(new HashMap<>(responses)).hasSize(5);
    }

    @Test
    void refusesAServerBThatIsZeroModN() {
        Handshake h = handshakes().get(0);
        for (BigInteger badB : List.of(BigInteger.ZERO, SrpGroup.N, SrpGroup.N.multiply(BigInteger.TWO))) {
            Map<String, String> challenge = new HashMap<>(challengeOf(h));
            challenge.put("SRP_B", badB.toString(16));
            assertThatThrownBy(() -> clientFor(h, null).passwordVerifierResponses(challenge, h.input().password()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SRP_B");
        }
    }

    @Test
    void refusesAZeroU() {
        Handshake h = handshakes().get(0);
        assertThatThrownBy(() -> clientFor(h, null).sharedSecret(BigInteger.TEN, BigInteger.ZERO, BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("u");
    }

    @Test
    void refusesAChallengeWithoutItsParameters() {
        Handshake h = handshakes().get(0);
        for (String missing : List.of("SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP")) {
            Map<String, String> challenge = new HashMap<>(challengeOf(h));
            challenge.remove(missing);
            assertThatThrownBy(() -> clientFor(h, null).passwordVerifierResponses(challenge, "pw"))
                    .as(missing).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing);
        }
    }

    @Test
    void refusesASecretThatIsNotPositive() {
        for (BigInteger a : List.of(BigInteger.ZERO, BigInteger.ONE.negate())) {
            assertThatThrownBy(() -> SrpClient.deterministic("us-east-1_X", "c", null, a, Clock.systemUTC()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everySignInDrawsAFreshA() {
        SrpClient first = SrpClient.start("us-east-1_Pool", "client", null);
        SrpClient second = SrpClient.start("us-east-1_Pool", "client", null);
        assertThat(first.srpA()).isNotEqualTo(second.srpA());
        assertThat(first.largeA()).isPositive().isLessThan(SrpGroup.N);
        assertThat(first.toString()).doesNotContain(first.srpA());
    }
}
