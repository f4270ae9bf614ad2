package org.officeapi.emulator.sts;

import org.officeapi.emulator.auth.sigv4.CredentialsResolver;
import org.officeapi.emulator.auth.sigv4.SigningCredentials;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.core.WebIdentity;
import org.officeapi.emulator.ports.IssuedCredentials;
import org.officeapi.emulator.ports.RoleRecord;
import org.officeapi.emulator.ports.RoleSessions;
import org.officeapi.emulator.sts.model.RoleSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * Starts assumed-role sessions and hands out their temporary credentials: an {@code ASIA…} access
 * key (20 characters), a 40-character secret and an opaque session token, valid until the session
 * expires. The same sessions answer the SigV4 verifier's question "whose key is this?".
 */
public final class StsSessions implements RoleSessions, CredentialsResolver {

    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final StsStore store;
    private final Clock clock;

    public StsSessions(StsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public IssuedCredentials startWebIdentitySession(RoleRecord role, String sessionName, WebIdentity identity, Duration duration) {
        RoleSession session = start(role, sessionName, identity, duration);
        return new IssuedCredentials(session.accessKeyId(), session.secretAccessKey(), session.sessionToken(), session.expiration(),
                session.caller().arn(), session.caller().principalId());
    }

    RoleSession start(RoleRecord role, String sessionName, WebIdentity identity, Duration duration) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String accessKeyId = Ids.iamId("ASIA", 20);
        // the assumed-role ARN names the role without its path
        String assumedRoleArn = "arn:aws:sts::" + role.accountId() + ":assumed-role/" + role.name() + "/" + sessionName;
        Caller caller = new Caller(Caller.Kind.ASSUMED_ROLE, role.accountId(), assumedRoleArn, role.roleId() + ":" + sessionName,
                accessKeyId, role.arn(), identity);
        RoleSession session = new RoleSession(accessKeyId, secret(), sessionToken(), now.plus(duration), caller);
        store.add(session);
        return session;
    }

    @Override
    public Optional<SigningCredentials> lookup(String accessKeyId) {
        return store.byAccessKey(accessKeyId).map(session -> new SigningCredentials(session.accessKeyId(),
                session.secretAccessKey(), session.sessionToken(), session.expiration(), session.caller()));
    }

    private static String secret() {
        StringBuilder out = new StringBuilder(40);
        for (byte b : Ids.randomBytes(40)) {
            out.append(SECRET_ALPHABET.charAt((b & 0xFF) % SECRET_ALPHABET.length()));
        }
        return out.toString();
    }

    /** Opaque to clients, as AWS's are; long enough that nothing can guess one. */
    private static String sessionToken() {
        return Base64.getEncoder().encodeToString(Ids.randomBytes(192));
    }
}
