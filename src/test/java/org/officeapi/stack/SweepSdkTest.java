package org.officeapi.stack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.lambda.ExecutionRoleFixtures;
import org.officeapi.emulator.lambda.FixtureZips;
import org.officeapi.emulator.lambda.fixtures.EchoHandler;
import org.officeapi.target.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep removes what interrupted runs left behind, and nothing else: for each kind of resource the
 * suite creates, a leftover of a run that started 10 hours ago goes; one of a run that started now, an
 * {@code oaa-} one without the run's tags, and one not named like the suite's (though tagged as old)
 * stay. Driven through the SDK against the embedded AWS.
 */
class SweepSdkTest {

    private static final Instant NOW = Instant.now();
    private static final Map<String, String> OLD_RUN = Map.of(ResourceNames.RUN_TAG, "oldrun01",
            ResourceNames.STARTED_TAG, NOW.minus(Duration.ofHours(10)).toString());
    private static final Map<String, String> FRESH_RUN = Map.of(ResourceNames.RUN_TAG, "freshrun",
            ResourceNames.STARTED_TAG, NOW.toString());
    /** Name → tags: what the account holds of each kind before the sweep. */
    private static final Map<String, Map<String, String>> EACH_KIND = Map.of(
            "oaa-oldrun01-x", OLD_RUN,
            "oaa-freshrun-x", FRESH_RUN,
            "oaa-untagged-x", Map.of(),
            "prod-x", OLD_RUN);

    private static EmbeddedAws aws;
    private static AwsClients clients;
    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    private static List<String> failed;

    @BeforeAll
    static void leaveThingsBehindAndSweep() {
        aws = EmbeddedAws.start();
        clients = new AwsClients(Region.of(aws.region()), aws.endpoint(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())));
        String executionRole = ExecutionRoleFixtures.lambdaRole(aws, "sweep-test-lambda");
        byte[] zip = FixtureZips.of(EchoHandler.class);
        EACH_KIND.forEach((name, tags) -> {
            clients.iam().createRole(r -> r.roleName(name).assumeRolePolicyDocument(ExecutionRoleFixtures.LAMBDA_TRUST)
                    .tags(tags.entrySet().stream().map(t -> software.amazon.awssdk.services.iam.model.Tag.builder()
                            .key(t.getKey()).value(t.getValue()).build()).toList()));
            // an inline policy, which IAM requires to be deleted before the role
            clients.iam().putRolePolicy(r -> r.roleName(name).policyName("logs").policyDocument(Policies.lambdaLogs()));
            clients.cognitoIdp().createUserPool(r -> r.poolName(name).userPoolTags(tags));
            clients.cognitoIdentity().createIdentityPool(r -> r.identityPoolName(name.replace('-', '_'))
                    .allowUnauthenticatedIdentities(false).identityPoolTags(tags));
            clients.apiGateway().createRestApi(r -> r.name(name).tags(tags));
            clients.lambda().createFunction(r -> r.functionName(name).runtime("java17").role(executionRole)
                    .handler(EchoHandler.class.getName()).code(c -> c.zipFile(SdkBytes.fromByteArray(zip))).tags(tags));
        });

        Progress progress = new Progress(new PrintStream(OUT, true, StandardCharsets.UTF_8), true);
        failed = Sweep.run(new Leftovers(clients, Leftovers.staleRuns(NOW.minus(Duration.ofHours(6)))), progress);
    }

    @AfterAll
    static void stop() {
        clients.close();
        aws.close();
    }

    @Test
    void everyOldLeftoverIsDeletedAndSaidSo() {
        assertThat(failed).isEmpty();
        assertThat(OUT.toString(StandardCharsets.UTF_8)).contains("[stack] 5 leftovers of earlier runs")
                .contains("deleted role oaa-oldrun01-x").contains("deleted user pool oaa-oldrun01-x")
                .contains("deleted identity pool oaa_oldrun01_x").contains("deleted REST API oaa-oldrun01-x")
                .contains("deleted function oaa-oldrun01-x");
    }

    @Test
    void rolesOfFreshRunsUntaggedOrNotOursStay() {
        assertThat(clients.iam().listRolesPaginator().roles()).extracting(Role::roleName)
                .containsExactlyInAnyOrder("oaa-freshrun-x", "oaa-untagged-x", "prod-x", "sweep-test-lambda");
    }

    @Test
    void userPoolsOfFreshRunsUntaggedOrNotOursStay() {
        assertThat(clients.cognitoIdp().listUserPoolsPaginator(r -> r.maxResults(60)).userPools())
                .extracting(UserPoolDescriptionType::name).containsExactlyInAnyOrder("oaa-freshrun-x", "oaa-untagged-x", "prod-x");
    }

    @Test
    void identityPoolsOfFreshRunsUntaggedOrNotOursStay() {
        assertThat(clients.cognitoIdentity().listIdentityPoolsPaginator(r -> r.maxResults(60)).identityPools())
                .extracting(IdentityPoolShortDescription::identityPoolName)
                .containsExactlyInAnyOrder("oaa_freshrun_x", "oaa_untagged_x", "prod_x");
    }

    @Test
    void restApisOfFreshRunsUntaggedOrNotOursStay() {
        assertThat(clients.apiGateway().getRestApisPaginator(r -> r.limit(500)).items()).extracting(RestApi::name)
                .containsExactlyInAnyOrder("oaa-freshrun-x", "oaa-untagged-x", "prod-x");
    }

    @Test
    void functionsOfFreshRunsUntaggedOrNotOursStay() {
        assertThat(clients.lambda().listFunctionsPaginator().functions()).extracting(FunctionConfiguration::functionName)
                .containsExactlyInAnyOrder("oaa-freshrun-x", "oaa-untagged-x", "prod-x");
    }

    @Test
    void aSecondSweepFindsNothingLeft() {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        List<String> failedAgain = Sweep.run(new Leftovers(clients, Leftovers.staleRuns(NOW.minus(Duration.ofHours(6)))),
                new Progress(new PrintStream(again, true, StandardCharsets.UTF_8), true));

        assertThat(failedAgain).isEmpty();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("0 leftovers of earlier runs");
    }
}
