package org.officeapi.emulator.cognitoidp;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.officeapi.emulator.cognitoidp.model.PasswordResetCode;
import org.officeapi.emulator.cognitoidp.model.PoolScoped;
import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.ServiceEndpoint;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Emulator-only (real AWS has nothing like it): where a test reads a code that AWS would have emailed or texted.
 * {@code GET /_emulator/cognito-idp/confirmation-code?userPoolId=…&username=…} answers {@code {"code": "123456"}}
 * while the user's sign-up awaits confirmation; with {@code &purpose=forgot-password}, the code of the user's pending
 * ForgotPassword. 404 when no such code is pending, 400 for another purpose.
 */
public final class ConfirmationCodeEndpoint implements ServiceEndpoint {

    public static final String PREFIX = "/_emulator/cognito-idp/";
    static final String SIGN_UP = "sign-up";
    static final String FORGOT_PASSWORD = "forgot-password";

    private final CognitoIdpStore store;

    ConfirmationCodeEndpoint(CognitoIdpStore store) {
        this.store = store;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        if (!request.method().equals("GET") || !request.rawPath().equals(PREFIX + "confirmation-code")) {
            return json(404, Map.of("message", "No such emulator endpoint: " + request.method() + " " + request.rawPath()));
        }
        Map<String, String> query = query(request.rawQuery());
        String poolId = query.get("userPoolId");
        String username = query.get("username");
        if (poolId == null || username == null) {
            return json(400, Map.of("message", "Give userPoolId and username as query parameters"));
        }
        UserPool pool = store.poolLocation(poolId).map(ref -> store.region(ref).pools.get(poolId)).orElse(null);
        if (pool == null) {
            return json(404, Map.of("message", "User pool " + poolId + " does not exist."));
        }
        String purpose = query.getOrDefault("purpose", SIGN_UP);
        if (!purpose.equals(SIGN_UP) && !purpose.equals(FORGOT_PASSWORD)) {
            return json(400, Map.of("message", "purpose is " + SIGN_UP + " (the default) or " + FORGOT_PASSWORD));
        }
        PoolScoped key = new PoolScoped(poolId, pool.usernameKey(username));
        User user = store.region(pool.ref()).users.get(key);
        String code = user == null ? null : purpose.equals(SIGN_UP) ? signUpCode(user) : resetCode(pool, key, user);
        if (code == null) {
            return json(404, Map.of("message", "No " + purpose + " code is pending for this user."));
        }
        return json(200, Map.of("code", code));
    }

    private static String signUpCode(User user) {
        return user.confirmationCode() == null ? null : user.confirmationCode().code();
    }

    private String resetCode(UserPool pool, PoolScoped key, User user) {
        PasswordResetCode pending = store.region(pool.ref()).passwordResetCodes.get(key);
        return pending == null || !pending.sub().equals(user.sub()) ? null : pending.code();
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // a malformed pair is ignored; the missing parameter is then reported
                }
            }
        }
        return out;
    }

    private static HttpResponse json(int status, Map<String, ?> body) {
        return HttpResponse.of(status, "application/json", JSONObjectUtils.toJSONString(body));
    }

    @Override
    public HttpResponse bodyTooLarge(HttpRequest request) {
        return json(413, Map.of("message", "Request entity too large"));
    }
}
