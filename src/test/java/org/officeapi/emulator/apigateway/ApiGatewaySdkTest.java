package org.officeapi.emulator.apigateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.CreateDeploymentResponse;
import software.amazon.awssdk.services.apigateway.model.CreateResourceResponse;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.CreateStageResponse;
import software.amazon.awssdk.services.apigateway.model.EndpointType;
import software.amazon.awssdk.services.apigateway.model.GetMethodResponse;
import software.amazon.awssdk.services.apigateway.model.GetResourcesResponse;
import software.amazon.awssdk.services.apigateway.model.GetRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.GetRestApisResponse;
import software.amazon.awssdk.services.apigateway.model.GetStageResponse;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PutIntegrationResponse;
import software.amazon.awssdk.services.apigateway.model.PutMethodResponse;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.UpdateRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.UpdateStageResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The control plane through the real SDK client: every operation, and the failures AWS gives. */
class ApiGatewaySdkTest {

    static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:hello";
    static final String LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/" + FUNCTION_ARN + "/invocations";

    private static EmbeddedAws aws;
    private ApiGatewayClient apigw;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void client() {
        apigw = SdkClients.client(ApiGatewayClient.builder(), aws);
    }

    @AfterEach
    void forget() {
        apigw.close();
        aws.reset();
    }

    @Test
    void createRestApiGivesAnIdARootResourceAndAwsDefaults() {
        Instant before = Instant.now().minusSeconds(1);
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api").description("the API")
                .tags(Map.of("project", "office")));

        assertThat(api.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(api.id()).matches("[a-z0-9]{10}");
        assertThat(api.rootResourceId()).matches("[a-z0-9]{10}");
        assertThat(api.name()).isEqualTo("office_api");
        assertThat(api.description()).isEqualTo("the API");
        assertThat(api.createdDate()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(api.createdDate().getNano()).isZero();
        assertThat(api.endpointConfiguration().types()).containsExactly(EndpointType.EDGE);
        assertThat(api.endpointConfiguration().ipAddressTypeAsString()).isEqualTo("ipv4");
        assertThat(api.apiKeySourceAsString()).isEqualTo("HEADER");
        assertThat(api.disableExecuteApiEndpoint()).isFalse();
        assertThat(api.tags()).containsEntry("project", "office");

        GetResourcesResponse resources = apigw.getResources(b -> b.restApiId(api.id()));
        assertThat(resources.items()).singleElement().satisfies(root -> {
            assertThat(root.id()).isEqualTo(api.rootResourceId());
            assertThat(root.path()).isEqualTo("/");
            assertThat(root.parentId()).isNull();
            assertThat(root.pathPart()).isNull();
        });
    }

    @Test
    void createRestApiChecksItsInput() {
        assertError(() -> apigw.createRestApi(b -> b.name("x").description("")), 400, "BadRequestException",
                "Description cannot be an empty string");
        assertError(() -> apigw.createRestApi(b -> b.name("x").endpointConfiguration(e -> e.types(EndpointType.EDGE, EndpointType.REGIONAL))),
                400, "BadRequestException", "Cannot create an api with multiple Endpoint Types.");
        assertError(() -> apigw.createRestApi(b -> b.name("x").minimumCompressionSize(-1)), 400, "BadRequestException",
                "Invalid minimum compression size, must be between 0 and 10485760");
        assertError(() -> apigw.createRestApi(b -> b.name("x").endpointConfiguration(e -> e.typesWithStrings("wrong"))),
                // AWS words this one "Value '[wrong]' at 'createRestApiInput.endpointConfiguration.types'…"; the shared
                // validator names the member instead, so only the code and the start are asserted
                400, "ValidationException", "1 validation error detected: Value ");
        assertThat(apigw.getRestApis().items()).isEmpty();
    }

    @Test
    void regionalAndPrivateEndpointsGetTheirIpAddressTypes() {
        assertThat(apigw.createRestApi(b -> b.name("r").endpointConfiguration(e -> e.types(EndpointType.REGIONAL)))
                .endpointConfiguration().ipAddressTypeAsString()).isEqualTo("ipv4");
        assertThat(apigw.createRestApi(b -> b.name("p").endpointConfiguration(e -> e.types(EndpointType.PRIVATE)))
                .endpointConfiguration().ipAddressTypeAsString()).isEqualTo("dualstack");
    }

    @Test
    void getRestApiAndAnUnknownId() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));

        GetRestApiResponse got = apigw.getRestApi(b -> b.restApiId(api.id()));
        assertThat(got.name()).isEqualTo("office_api");
        assertThat(got.rootResourceId()).isEqualTo(api.rootResourceId());
        assertThat(got.createdDate()).isEqualTo(api.createdDate());

        assertError(() -> apigw.getRestApi(b -> b.restApiId("abc")), 404, "NotFoundException",
                "Invalid API identifier specified 000000000000:abc");
    }

    @Test
    void getRestApisPagesInCreationOrder() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            created.add(apigw.createRestApi(b -> b.name("api" + n)).id());
        }

        GetRestApisResponse first = apigw.getRestApis(b -> b.limit(2));
        assertThat(first.items()).extracting(RestApi::id).containsExactlyElementsOf(created.subList(0, 2));
        assertThat(first.position()).isNotNull();
        GetRestApisResponse second = apigw.getRestApis(b -> b.limit(2).position(first.position()));
        assertThat(second.items()).extracting(RestApi::id).containsExactlyElementsOf(created.subList(2, 4));
        GetRestApisResponse third = apigw.getRestApis(b -> b.limit(2).position(second.position()));
        assertThat(third.items()).extracting(RestApi::id).containsExactly(created.get(4));
        assertThat(third.position()).isNull();

        assertThat(apigw.getRestApisPaginator(b -> b.limit(2)).items()).extracting(RestApi::id).containsExactlyElementsOf(created);
        assertError(() -> apigw.getRestApis(b -> b.limit(501)), 400, "BadRequestException", "The limit must be between 1 and 500");
    }

    @Test
    void deleteRestApiForgetsIt() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));

        assertThat(apigw.deleteRestApi(b -> b.restApiId(api.id())).sdkHttpResponse().statusCode()).isEqualTo(202);

        assertError(() -> apigw.getRestApi(b -> b.restApiId(api.id())), 404, "NotFoundException",
                "Invalid API identifier specified 000000000000:" + api.id());
        assertError(() -> apigw.deleteRestApi(b -> b.restApiId(api.id())), 404, "NotFoundException",
                "Invalid API identifier specified 000000000000:" + api.id());
    }

    @Test
    void updateRestApiWithPatchOperations() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));

        UpdateRestApiResponse updated = apigw.updateRestApi(b -> b.restApiId(api.id()).patchOperations(
                p -> p.op(Op.REPLACE).path("/name").value("renamed"),
                p -> p.op(Op.REPLACE).path("/description").value("now described"),
                p -> p.op(Op.ADD).path("/binaryMediaTypes/image~1png")));

        assertThat(updated.name()).isEqualTo("renamed");
        assertThat(updated.description()).isEqualTo("now described");
        assertThat(updated.binaryMediaTypes()).containsExactly("image/png");
        assertThat(apigw.getRestApi(b -> b.restApiId(api.id())).name()).isEqualTo("renamed");

        assertError(() -> apigw.updateRestApi(b -> b.restApiId(api.id()).patchOperations(p -> p.op(Op.ADD).path("/name").value("x"))),
                400, "BadRequestException", "Invalid patch operation specified. Must be one of: [replace]");
        assertError(() -> apigw.updateRestApi(b -> b.restApiId(api.id()).patchOperations(
                        p -> p.op(Op.REPLACE).path("/name").value("changed"), p -> p.op(Op.REPLACE).path("/rootResourceId").value("x"))),
                400, "BadRequestException", "Invalid patch path /rootResourceId");
        assertThat(apigw.getRestApi(b -> b.restApiId(api.id())).name()).as("a failed update changes nothing").isEqualTo("renamed");
    }

    @Test
    void createResourceBuildsPaths() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));

        CreateResourceResponse user = apigw.createResource(b -> b.restApiId(api.id()).parentId(api.rootResourceId()).pathPart("user"));
        CreateResourceResponse id = apigw.createResource(b -> b.restApiId(api.id()).parentId(user.id()).pathPart("{id}"));

        assertThat(user.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(user.id()).matches("[a-z0-9]{6}");
        assertThat(user.path()).isEqualTo("/user");
        assertThat(user.parentId()).isEqualTo(api.rootResourceId());
        assertThat(id.path()).isEqualTo("/user/{id}");
        assertThat(apigw.getResource(b -> b.restApiId(api.id()).resourceId(id.id())).pathPart()).isEqualTo("{id}");
        assertThat(apigw.getResources(b -> b.restApiId(api.id())).items()).extracting(Resource::path)
                .containsExactly("/", "/user", "/user/{id}");
    }

    @Test
    void createResourceRefusesWhatAwsRefuses() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        String root = api.rootResourceId();
        apigw.createResource(b -> b.restApiId(api.id()).parentId(root).pathPart("user"));
        CreateResourceResponse proxy = apigw.createResource(b -> b.restApiId(api.id()).parentId(root).pathPart("{proxy+}"));

        assertError(() -> apigw.createResource(b -> b.restApiId(api.id()).parentId(root).pathPart("user")), 409,
                "ConflictException", "Another resource with the same parent already has this name: user");
        assertError(() -> apigw.createResource(b -> b.restApiId(api.id()).parentId(root).pathPart("{id}")), 400,
                "BadRequestException", "A sibling ({proxy+}) of this resource already has a variable path part -- only one is allowed");
        assertError(() -> apigw.createResource(b -> b.restApiId(api.id()).parentId(proxy.id()).pathPart("child")), 400,
                "BadRequestException", "Cannot create a child of a resource with a greedy path variable: {proxy+}");
        assertError(() -> apigw.createResource(b -> b.restApiId(api.id()).parentId(root).pathPart("a b")), 400,
                "BadRequestException", "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end"
                        + " and an optional plus sign before the closing brace.");
        assertError(() -> apigw.createResource(b -> b.restApiId(api.id()).parentId(root).pathPart("{a}b")), 400,
                "BadRequestException", "Resource's path part only allow");
        assertError(() -> apigw.createResource(b -> b.restApiId(api.id()).parentId("nosuch").pathPart("x")), 404,
                "NotFoundException", "Invalid Resource identifier specified");
        assertError(() -> apigw.createResource(b -> b.restApiId("nosuchapi").parentId(root).pathPart("x")), 404,
                "NotFoundException", "Invalid API identifier specified 000000000000:nosuchapi");
        assertThat(apigw.getResources(b -> b.restApiId(api.id())).items()).hasSize(3);
    }

    @Test
    void deleteResourceTakesItsChildrenWithIt() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        CreateResourceResponse user = apigw.createResource(b -> b.restApiId(api.id()).parentId(api.rootResourceId()).pathPart("user"));
        CreateResourceResponse id = apigw.createResource(b -> b.restApiId(api.id()).parentId(user.id()).pathPart("{id}"));

        assertThat(apigw.deleteResource(b -> b.restApiId(api.id()).resourceId(user.id())).sdkHttpResponse().statusCode()).isEqualTo(202);

        assertThat(apigw.getResources(b -> b.restApiId(api.id())).items()).extracting(Resource::path).containsExactly("/");
        assertError(() -> apigw.getResource(b -> b.restApiId(api.id()).resourceId(id.id())), 404, "NotFoundException",
                "Invalid Resource identifier specified");
        assertError(() -> apigw.deleteResource(b -> b.restApiId(api.id()).resourceId(user.id())), 404, "NotFoundException",
                "Invalid Resource identifier specified");
        assertError(() -> apigw.deleteResource(b -> b.restApiId(api.id()).resourceId(api.rootResourceId())), 400,
                "BadRequestException", "Cannot delete root resource");
    }

    @Test
    void putMethodAndGetMethod() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        CreateResourceResponse user = apigw.createResource(b -> b.restApiId(api.id()).parentId(api.rootResourceId()).pathPart("user"));

        PutMethodResponse put = apigw.putMethod(b -> b.restApiId(api.id()).resourceId(user.id()).httpMethod("GET")
                .authorizationType("AWS_IAM"));
        assertThat(put.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(put.httpMethod()).isEqualTo("GET");
        assertThat(put.authorizationType()).isEqualTo("AWS_IAM");
        assertThat(put.apiKeyRequired()).isFalse();
        assertThat(put.methodIntegration()).isNull();

        apigw.putMethod(b -> b.restApiId(api.id()).resourceId(user.id()).httpMethod("POST").authorizationType("none"));
        GetMethodResponse got = apigw.getMethod(b -> b.restApiId(api.id()).resourceId(user.id()).httpMethod("POST"));
        assertThat(got.authorizationType()).isEqualTo("NONE");

        GetResourcesResponse listed = apigw.getResources(b -> b.restApiId(api.id()));
        Resource listedUser = listed.items().stream().filter(r -> r.path().equals("/user")).findFirst().orElseThrow();
        assertThat(listedUser.resourceMethods()).containsOnlyKeys("GET", "POST");
        assertThat(listedUser.resourceMethods().get("GET").authorizationType()).as("without embed=methods").isNull();
        GetResourcesResponse embedded = apigw.getResources(b -> b.restApiId(api.id()).embed("methods"));
        Resource embeddedUser = embedded.items().stream().filter(r -> r.path().equals("/user")).findFirst().orElseThrow();
        assertThat(embeddedUser.resourceMethods().get("GET").authorizationType()).isEqualTo("AWS_IAM");
    }

    @Test
    void putMethodRefusesWhatAwsRefuses() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        String root = api.rootResourceId();
        apigw.putMethod(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET").authorizationType("NONE"));

        assertError(() -> apigw.putMethod(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET").authorizationType("NONE")),
                409, "ConflictException", "Method already exists for this resource");
        assertError(() -> apigw.putMethod(b -> b.restApiId(api.id()).resourceId(root).httpMethod("FETCH").authorizationType("NONE")),
                400, "BadRequestException", "Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY");
        assertError(() -> apigw.putMethod(b -> b.restApiId(api.id()).resourceId(root).httpMethod("PUT").authorizationType("COGNITO_USER_POOLS")),
                400, "BadRequestException", "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or"
                        + " COGNITO_USER_POOLS requires a valid authorizer.");
        assertError(() -> apigw.putMethod(b -> b.restApiId(api.id()).resourceId(root).httpMethod("PUT").authorizationType("MAGIC")),
                400, "BadRequestException", "Invalid authorization type specified: MAGIC");
        assertError(() -> apigw.putMethod(b -> b.restApiId("nosuchapi").resourceId(root).httpMethod("PUT").authorizationType("NONE")),
                404, "NotFoundException", "Invalid Resource identifier specified");
        assertError(() -> apigw.getMethod(b -> b.restApiId(api.id()).resourceId(root).httpMethod("DELETE")),
                404, "NotFoundException", "Invalid Method identifier specified");
    }

    @Test
    void deleteMethod() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        apigw.putMethod(b -> b.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET").authorizationType("NONE"));

        assertThat(apigw.deleteMethod(b -> b.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET"))
                .sdkHttpResponse().statusCode()).isEqualTo(204);

        assertError(() -> apigw.getMethod(b -> b.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET")),
                404, "NotFoundException", "Invalid Method identifier specified");
    }

    @Test
    void putIntegrationForALambdaProxy() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        String root = api.rootResourceId();
        apigw.putMethod(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET").authorizationType("AWS_IAM"));

        PutIntegrationResponse integration = apigw.putIntegration(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET")
                .type(IntegrationType.AWS_PROXY).integrationHttpMethod("POST").uri(LAMBDA_URI));

        assertThat(integration.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(integration.type()).isEqualTo(IntegrationType.AWS_PROXY);
        assertThat(integration.httpMethod()).isEqualTo("POST");
        assertThat(integration.uri()).isEqualTo(LAMBDA_URI);
        assertThat(integration.timeoutInMillis()).isEqualTo(29000);
        assertThat(integration.passthroughBehavior()).isEqualTo("WHEN_NO_MATCH");
        assertThat(integration.cacheNamespace()).isEqualTo(root);
        assertThat(apigw.getMethod(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET")).methodIntegration().uri())
                .isEqualTo(LAMBDA_URI);
        assertThat(apigw.getIntegration(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET")).uri()).isEqualTo(LAMBDA_URI);
    }

    @Test
    void putIntegrationRefusesWhatItCannotServe() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        String root = api.rootResourceId();
        apigw.putMethod(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET").authorizationType("NONE"));

        assertError(() -> apigw.putIntegration(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET").type(IntegrationType.MOCK)),
                400, "BadRequestException", "The embedded AWS serves only AWS_PROXY integrations with a Lambda function; MOCK");
        assertError(() -> apigw.putIntegration(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET")
                .type(IntegrationType.AWS_PROXY).uri(LAMBDA_URI)), 400, "BadRequestException", "Enumeration value for HttpMethod must be non-empty");
        assertError(() -> apigw.putIntegration(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET")
                .type(IntegrationType.AWS_PROXY).integrationHttpMethod("POST").uri("https://example.com")), 400, "BadRequestException",
                "Invalid Lambda function URI specified");
        assertError(() -> apigw.putIntegration(b -> b.restApiId(api.id()).resourceId(root).httpMethod("POST")
                .type(IntegrationType.AWS_PROXY).integrationHttpMethod("POST").uri(LAMBDA_URI)), 404, "NotFoundException",
                "Invalid Method identifier specified");
        assertError(() -> apigw.putIntegration(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET").type("HTTPS_PROXY")),
                400, "ValidationException", "1 validation error detected: Value 'HTTPS_PROXY' at 'type' failed to satisfy constraint:"
                        + " Member must satisfy enum value set: [HTTP, AWS, MOCK, HTTP_PROXY, AWS_PROXY]");
        assertError(() -> apigw.getIntegration(b -> b.restApiId(api.id()).resourceId(root).httpMethod("GET")),
                404, "NotFoundException", "Invalid Integration identifier specified");
    }

    @Test
    void createDeploymentWithAStageName() {
        CreateRestApiResponse api = apiWithIntegratedGet();

        CreateDeploymentResponse deployment = apigw.createDeployment(b -> b.restApiId(api.id()).stageName("api").description("first"));

        assertThat(deployment.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(deployment.id()).matches("[a-z0-9]{6}");
        assertThat(deployment.description()).isEqualTo("first");
        assertThat(deployment.createdDate()).isNotNull();
        GetStageResponse stage = apigw.getStage(b -> b.restApiId(api.id()).stageName("api"));
        assertThat(stage.deploymentId()).isEqualTo(deployment.id());
        assertThat(stage.cacheClusterStatusAsString()).isEqualTo("NOT_AVAILABLE");
        assertThat(stage.tracingEnabled()).isFalse();
        assertThat(apigw.getDeployments(b -> b.restApiId(api.id())).items()).singleElement()
                .satisfies(d -> assertThat(d.id()).isEqualTo(deployment.id()));
        assertThat(apigw.getDeployment(b -> b.restApiId(api.id()).deploymentId(deployment.id())).description()).isEqualTo("first");

        CreateDeploymentResponse second = apigw.createDeployment(b -> b.restApiId(api.id()).stageName("api"));
        assertThat(apigw.getStage(b -> b.restApiId(api.id()).stageName("api")).deploymentId()).isEqualTo(second.id());
        assertThat(apigw.getDeployments(b -> b.restApiId(api.id())).items()).hasSize(2);
    }

    @Test
    void createDeploymentRefusesAnApiThatCannotBeServed() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        assertError(() -> apigw.createDeployment(b -> b.restApiId(api.id()).stageName("api")), 400, "BadRequestException",
                "The REST API doesn't contain any methods");

        apigw.putMethod(b -> b.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET").authorizationType("NONE"));
        assertError(() -> apigw.createDeployment(b -> b.restApiId(api.id()).stageName("api")), 400, "BadRequestException",
                "No integration defined for method");
        assertError(() -> apigw.createDeployment(b -> b.restApiId("nosuchapi")), 404, "NotFoundException",
                "Invalid API identifier specified 000000000000:nosuchapi");
        assertThat(apigw.getDeployments(b -> b.restApiId(api.id())).items()).isEmpty();
        assertThat(apigw.getStages(b -> b.restApiId(api.id())).item()).isEmpty();
    }

    @Test
    void stagesCreateGetListUpdateDelete() {
        CreateRestApiResponse api = apiWithIntegratedGet();
        String first = apigw.createDeployment(b -> b.restApiId(api.id())).id();
        String second = apigw.createDeployment(b -> b.restApiId(api.id())).id();

        CreateStageResponse created = apigw.createStage(b -> b.restApiId(api.id()).stageName("api").deploymentId(first)
                .description("live").variables(Map.of("fn", "hello")).tags(Map.of("team", "office")));
        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.stageName()).isEqualTo("api");
        assertThat(created.deploymentId()).isEqualTo(first);
        assertThat(created.variables()).containsEntry("fn", "hello");
        assertThat(created.tags()).containsEntry("team", "office");
        assertThat(created.createdDate()).isEqualTo(created.lastUpdatedDate());

        assertError(() -> apigw.createStage(b -> b.restApiId(api.id()).stageName("api").deploymentId(first)), 409,
                "ConflictException", "Stage already exists");
        assertError(() -> apigw.createStage(b -> b.restApiId(api.id()).stageName("beta").deploymentId("nosuch")), 404,
                "NotFoundException", "Invalid Deployment identifier specified");

        aws.clock().advance(Duration.ofSeconds(5));
        UpdateStageResponse updated = apigw.updateStage(b -> b.restApiId(api.id()).stageName("api").patchOperations(
                p -> p.op(Op.REPLACE).path("/deploymentId").value(second),
                p -> p.op(Op.REPLACE).path("/variables/fn").value("other"),
                p -> p.op(Op.REPLACE).path("/description").value("moved")));
        assertThat(updated.deploymentId()).isEqualTo(second);
        assertThat(updated.variables()).containsEntry("fn", "other");
        assertThat(updated.description()).isEqualTo("moved");
        assertThat(updated.lastUpdatedDate()).isAfter(updated.createdDate());
        assertError(() -> apigw.updateStage(b -> b.restApiId(api.id()).stageName("api").patchOperations(
                p -> p.op(Op.REPLACE).path("/deploymentId").value("nosuch"))), 404, "NotFoundException",
                "Invalid Deployment identifier specified");

        assertThat(apigw.getStages(b -> b.restApiId(api.id())).item()).singleElement()
                .satisfies(s -> assertThat(s.stageName()).isEqualTo("api"));
        assertThat(apigw.deleteStage(b -> b.restApiId(api.id()).stageName("api")).sdkHttpResponse().statusCode()).isEqualTo(202);
        assertError(() -> apigw.getStage(b -> b.restApiId(api.id()).stageName("api")), 404, "NotFoundException",
                "Invalid Stage identifier specified");
        assertError(() -> apigw.deleteStage(b -> b.restApiId(api.id()).stageName("api")), 404, "NotFoundException",
                "Invalid Stage identifier specified");
    }

    @Test
    void aDeploymentServingAStageCannotBeDeleted() {
        CreateRestApiResponse api = apiWithIntegratedGet();
        String deployment = apigw.createDeployment(b -> b.restApiId(api.id()).stageName("api")).id();

        assertError(() -> apigw.deleteDeployment(b -> b.restApiId(api.id()).deploymentId(deployment)), 400,
                "BadRequestException", "Active stages pointing to this deployment must be moved or deleted");
        apigw.deleteStage(b -> b.restApiId(api.id()).stageName("api"));
        assertThat(apigw.deleteDeployment(b -> b.restApiId(api.id()).deploymentId(deployment)).sdkHttpResponse().statusCode())
                .isEqualTo(202);
        assertError(() -> apigw.getDeployment(b -> b.restApiId(api.id()).deploymentId(deployment)), 404, "NotFoundException",
                "Invalid Deployment identifier specified");
    }

    @Test
    void tagsOnApisAndStages() {
        CreateRestApiResponse api = apiWithIntegratedGet();
        apigw.createDeployment(b -> b.restApiId(api.id()).stageName("api"));
        String apiArn = "arn:aws:apigateway:us-east-1::/restapis/" + api.id();
        String stageArn = apiArn + "/stages/api";

        assertThat(apigw.tagResource(b -> b.resourceArn(apiArn).tags(Map.of("a", "1", "b", "2"))).sdkHttpResponse().statusCode())
                .isEqualTo(204);
        apigw.tagResource(b -> b.resourceArn(stageArn).tags(Map.of("s", "x")));
        apigw.untagResource(b -> b.resourceArn(apiArn).tagKeys("b"));

        assertThat(apigw.getTags(b -> b.resourceArn(apiArn)).tags()).containsExactly(Map.entry("a", "1"));
        assertThat(apigw.getTags(b -> b.resourceArn(stageArn)).tags()).containsExactly(Map.entry("s", "x"));
        assertThat(apigw.getRestApi(b -> b.restApiId(api.id())).tags()).containsExactly(Map.entry("a", "1"));
        assertThat(apigw.getStage(b -> b.restApiId(api.id()).stageName("api")).tags()).containsExactly(Map.entry("s", "x"));
        assertError(() -> apigw.getTags(b -> b.resourceArn("arn:aws:apigateway:us-east-1::/restapis/nosuchapi")), 404,
                "NotFoundException", "Invalid API identifier specified 000000000000:nosuchapi");
        assertError(() -> apigw.tagResource(b -> b.resourceArn("arn:aws:s3:::bucket").tags(Map.of("a", "1"))), 400,
                "BadRequestException", "Invalid resource ARN specified: arn:aws:s3:::bucket");
    }

    @Test
    void apisAreKeptPerRegion() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        try (ApiGatewayClient west = ApiGatewayClient.builder().endpointOverride(aws.endpoint())
                .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
                .httpClientBuilder(software.amazon.awssdk.http.apache5.Apache5HttpClient.builder())
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))
                .build()) {
            assertThat(west.getRestApis().items()).isEmpty();
            assertThatThrownBy(() -> west.getRestApi(b -> b.restApiId(api.id()))).isInstanceOf(ApiGatewayException.class);
        }
    }

    @Test
    void aWrongSecretIsRefusedBeforeAnythingHappens() {
        try (ApiGatewayClient wrong = SdkClients.client(ApiGatewayClient.builder(), aws,
                AwsBasicCredentials.create(aws.accessKey(), "wrong"))) {
            assertError(() -> wrong.createRestApi(b -> b.name("x")), 403, "InvalidSignatureException",
                    "The request signature we calculated does not match");
        }
        assertThat(apigw.getRestApis().items()).isEmpty();
    }

    private CreateRestApiResponse apiWithIntegratedGet() {
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        apigw.putMethod(b -> b.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET").authorizationType("AWS_IAM"));
        apigw.putIntegration(b -> b.restApiId(api.id()).resourceId(api.rootResourceId()).httpMethod("GET")
                .type(IntegrationType.AWS_PROXY).integrationHttpMethod("POST").uri(LAMBDA_URI));
        return api;
    }

    static void assertError(Executable call, int status, String code, String messageStart) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ApiGatewayException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.awsErrorDetails().errorMessage()).startsWith(messageStart);
        });
    }
}
