package org.officeapi.target;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * A deployed stack, as the existing target reads it from {@code -Dstack.config=FILE}:
 * <pre>
 * region=eu-west-1
 * endpoint=http://127.0.0.1:4566        # optional: an AWS-compatible endpoint instead of AWS
 * userPoolId=eu-west-1_AbCdEfGhI
 * clientId=1example23456789
 * identityPoolId=eu-west-1:12345678-1234-1234-1234-123456789012
 * apiId=a1b2c3d4e5
 * stage=api
 * invokeUrl=https://api.example.com     # optional: a custom domain instead of the execute-api URL
 * user.John.username=john
 * user.Rose.username=rose
 * role.CognitoRoleSecureAPIAdmin=arn:aws:iam::123456789012:role/prod-admin   # optional: when names differ
 * </pre>
 * Passwords never go in the file: {@code OFFICE_API_PASSWORD_<NAME>} (e.g. {@code OFFICE_API_PASSWORD_JOHN}).
 */
public record DeployedStackConfig(String region, URI endpoint, String userPoolId, String clientId, String identityPoolId,
                                  String apiId, String stage, URI invokeUrl, Map<String, String> usernames,
                                  Map<String, String> passwords, Map<String, String> roles) {

    private static final List<String> REQUIRED = List.of("region", "userPoolId", "clientId", "identityPoolId", "apiId", "stage");

    public DeployedStackConfig {
        usernames = Map.copyOf(usernames);
        passwords = Map.copyOf(passwords);
        roles = Map.copyOf(roles);
    }

    public static DeployedStackConfig load(Path file, Function<String, String> environment) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new TargetUnavailableException("cannot read the stack description " + file + " (-Dstack.config): " + e.getMessage(), e);
        }
        return parse(properties, environment, file.toString());
    }

    static DeployedStackConfig parse(Properties properties, Function<String, String> environment, String source) {
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED) {
            if (properties.getProperty(key, "").isBlank()) {
                missing.add(key);
            }
        }
        Map<String, String> usernames = new LinkedHashMap<>();
        Map<String, String> passwords = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("user.") && key.endsWith(".username")) {
                String name = key.substring("user.".length(), key.length() - ".username".length());
                usernames.put(name, properties.getProperty(key).trim());
                String variable = passwordVariable(name);
                String password = environment.apply(variable);
                if (password == null || password.isEmpty()) {
                    missing.add("the environment variable " + variable + " (" + name + "'s password)");
                } else {
                    passwords.put(name, password);
                }
            } else if (key.startsWith("role.")) {
                roles.put(key.substring("role.".length()), properties.getProperty(key).trim());
            }
        }
        if (usernames.isEmpty()) {
            missing.add("user.<Name>.username for each user of the features");
        }
        if (!missing.isEmpty()) {
            throw new TargetUnavailableException("the existing target's stack description " + source + " lacks: " + String.join(", ", missing));
        }
        String endpoint = properties.getProperty("endpoint", "").trim();
        String invokeUrl = properties.getProperty("invokeUrl", "").trim();
        return new DeployedStackConfig(properties.getProperty("region").trim(), endpoint.isEmpty() ? null : URI.create(endpoint),
                properties.getProperty("userPoolId").trim(), properties.getProperty("clientId").trim(),
                properties.getProperty("identityPoolId").trim(), properties.getProperty("apiId").trim(),
                properties.getProperty("stage").trim(), invokeUrl.isEmpty() ? null : URI.create(invokeUrl), usernames, passwords, roles);
    }

    public static String passwordVariable(String user) {
        return "OFFICE_API_PASSWORD_" + user.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "DeployedStackConfig[" + region + ", pool " + userPoolId + ", identity pool " + identityPoolId + ", API " + apiId + "/" + stage
                + ", users " + usernames.keySet() + "]";
    }
}
