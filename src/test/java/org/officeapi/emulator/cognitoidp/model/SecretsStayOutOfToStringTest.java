package org.officeapi.emulator.cognitoidp.model;

import org.junit.jupiter.api.Test;
import org.officeapi.emulator.cognitoidp.password.SrpPasswordCredential;
import org.officeapi.emulator.cognitoidp.signin.AuthOutcome;
import org.officeapi.emulator.cognitoidp.signin.ChallengeAnswer;
import org.officeapi.emulator.cognitoidp.signin.SignInRequest;
import org.officeapi.emulator.cognitoidp.tokens.IssuedTokens;
import org.officeapi.emulator.cognitoidp.tokens.PoolKeyGenerator;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever ends up in a log line or an assertion message: never a password, secret, token, code or private key. */
class SecretsStayOutOfToStringTest {

    private static final String SECRET = "S3cret-Value-9";

    @Test
    void noModelPrintsASecret() {
        PoolKeys keys = PoolKeyGenerator.generate();
        PoolRef ref = new PoolRef("000000000000", "us-east-1", "us-east-1_Abc123xyz");
        UserPool pool = new UserPool(ref, UserPoolType.builder().id(ref.poolId()).build(), PoolKeySource.of(keys));
        AppClient client = new AppClient(UserPoolClientType.builder().clientId("client").clientSecret(SECRET).build());
        User user = new User("rose", "sub", Map.of("email", SECRET), UserStatusType.CONFIRMED, true, SrpPasswordCredential.of("us-east-1_test", "rose", SECRET),
                Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, new User.PendingCode(SECRET, Instant.EPOCH));

        assertThat(client.toString()).doesNotContain(SECRET);
        assertThat(user.toString()).doesNotContain(SECRET);
        assertThat(keys.toString()).doesNotContain(keys.idTokenKey().getPrivateExponent().toString());
        assertThat(PoolKeySource.of(keys).toString()).doesNotContain(keys.accessTokenKey().getPrivateExponent().toString());
        assertThat(pool.toString()).doesNotContain(keys.idTokenKey().getPrivateExponent().toString());
        assertThat(new IssuedTokens(SECRET, SECRET, 3600).toString()).doesNotContain(SECRET);
        assertThat(new AuthOutcome.Tokens(new IssuedTokens(SECRET, SECRET, 3600), SECRET).toString()).doesNotContain(SECRET);
        assertThat(new SignInRequest(pool, client, "USER_PASSWORD_AUTH", Map.of("PASSWORD", SECRET), false, Instant.EPOCH).toString())
                .doesNotContain(SECRET);
        assertThat(new ChallengeAnswer(pool, client, "NEW_PASSWORD_REQUIRED", SECRET, Map.of("NEW_PASSWORD", SECRET), false, Instant.EPOCH)
                .toString()).doesNotContain(SECRET);
    }
}
