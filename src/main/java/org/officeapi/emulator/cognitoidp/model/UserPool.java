package org.officeapi.emulator.cognitoidp.model;

import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

import java.util.List;
import java.util.Locale;

/**
 * A user pool: where it lives, its configuration exactly as DescribeUserPool reports it (less the
 * user count, which is counted when asked), and its signing keys.
 */
public record UserPool(PoolRef ref, UserPoolType description, PoolKeySource keySource) {

    public PoolKeys keys() {
        return keySource.get();
    }

    public String id() {
        return ref.poolId();
    }

    public PasswordPolicyType passwordPolicy() {
        return description.policies().passwordPolicy();
    }

    public List<SchemaAttributeType> schema() {
        return description.schemaAttributes();
    }

    public List<String> autoVerifiedAttributes() {
        return description.autoVerifiedAttributesAsStrings();
    }

    /** Usernames are case sensitive unless the pool was created with {@code UsernameConfiguration.CaseSensitive=false}. */
    public boolean caseSensitiveUsernames() {
        return description.usernameConfiguration() == null || !Boolean.FALSE.equals(description.usernameConfiguration().caseSensitive());
    }

    /** The key a username is stored and found under in this pool. */
    public String usernameKey(String username) {
        return caseSensitiveUsernames() ? username : username.toLowerCase(Locale.ROOT);
    }

    public UserPool withDescription(UserPoolType newDescription) {
        return new UserPool(ref, newDescription, keySource);
    }
}
