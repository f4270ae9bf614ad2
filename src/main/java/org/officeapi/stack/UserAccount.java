package org.officeapi.stack;

/** A test user's sign-in: the username in the pool and its password. The password is never printed. */
public record UserAccount(String username, String password) {

    @Override
    public String toString() {
        return "UserAccount[" + username + "]";
    }
}
