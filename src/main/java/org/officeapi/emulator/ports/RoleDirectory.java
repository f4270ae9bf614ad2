package org.officeapi.emulator.ports;

import java.util.Optional;

/** IAM's roles, looked up by ARN (the ARN names the account). Implemented by IAM. */
public interface RoleDirectory {

    /**
     * The role, once it exists and has propagated (see the IAM propagation delay); empty when there is
     * no such role or it is not yet visible.
     */
    Optional<RoleRecord> findRole(String roleArn);
}
