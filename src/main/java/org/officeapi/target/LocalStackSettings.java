package org.officeapi.target;

import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the localstack target starts LocalStack: the Pro image at a pinned tag (Cognito, IAM enforcement
 * and the AWS_IAM authorizer are Pro features), the auth token passed through, IAM enforced, and the
 * Docker socket mounted so that LocalStack can run the Lambda in its own container. Plain data, so
 * that it can be checked without Docker (Testcontainers' container needs Docker even to be built).
 *
 * @param binds host path → container path
 */
public record LocalStackSettings(String image, Map<String, String> env, Map<String, String> binds) {

    /** Pinned so that a LocalStack release cannot change what the suite proves; override with -Dlocalstack.image. */
    public static final String DEFAULT_IMAGE = "localstack/localstack-pro:4.9.2";
    static final String DOCKER_SOCKET = "/var/run/docker.sock";

    public LocalStackSettings {
        env = Map.copyOf(env);
        binds = Map.copyOf(binds);
    }

    public static LocalStackSettings of(String image, String authToken) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LOCALSTACK_AUTH_TOKEN", authToken);
        env.put("ENFORCE_IAM", "1");
        env.put("SERVICES", "cognito-idp,cognito-identity,iam,sts,lambda,apigateway");
        return new LocalStackSettings(image, env, Map.of(DOCKER_SOCKET, DOCKER_SOCKET));
    }

    public LocalStackContainer container() {
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"));
        env.forEach(container::withEnv);
        binds.forEach(container::withFileSystemBind);
        return container;
    }

    @Override
    public String toString() {
        return "LocalStackSettings[" + image + ", env " + env.keySet() + ", binds " + binds + "]";
    }
}
