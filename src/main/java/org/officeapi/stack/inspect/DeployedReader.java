package org.officeapi.stack.inspect;

import org.officeapi.stack.AwsErrors;
import org.officeapi.target.AwsClients;
import org.officeapi.target.DeployedStackConfig;

import java.util.Optional;
import java.util.function.Supplier;

/** Reads the deployed stack through the SDK; a resource that is not there reads as empty, not as an error. */
final class DeployedReader {

    private final AwsClients clients;
    private final DeployedStackConfig deployed;
    private final String accountId;

    DeployedReader(AwsClients clients, DeployedStackConfig deployed, String accountId) {
        this.clients = clients;
        this.deployed = deployed;
        this.accountId = accountId;
    }

    AwsClients clients() {
        return clients;
    }

    DeployedStackConfig deployed() {
        return deployed;
    }

    String accountId() {
        return accountId;
    }

    /** The method ARN IAM decides on, for the deployed API and stage. */
    String methodArn(String method, String path) {
        return "arn:aws:execute-api:" + deployed.region() + ":" + accountId + ":" + deployed.apiId() + "/" + deployed.stage() + "/" + method + path;
    }

    static <T> Optional<T> ifPresent(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (RuntimeException e) {
            if (AwsErrors.isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static String roleName(String roleArn) {
        return roleArn.substring(roleArn.lastIndexOf('/') + 1);
    }
}
