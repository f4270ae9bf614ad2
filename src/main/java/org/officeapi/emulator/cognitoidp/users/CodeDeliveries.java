package org.officeapi.emulator.cognitoidp.users;

import org.officeapi.emulator.cognitoidp.model.User;
import org.officeapi.emulator.cognitoidp.model.UserPool;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where AWS would have sent a code (the embedded AWS sends nothing), reported as CodeDeliveryDetails with the
 * address masked the way AWS masks it ({@code s***@e***}, {@code +*******1234}: UNCONFIRMED shape).
 */
public final class CodeDeliveries {

    private CodeDeliveries() {}

    /** A sign-up code: to the auto-verified email, else the auto-verified phone number. */
    public static Optional<CodeDeliveryDetailsType> signUp(UserPool pool, User user) {
        String email = user.attributes().get("email");
        if (pool.autoVerifiedAttributes().contains("email") && email != null) {
            return Optional.of(email(email));
        }
        String phone = user.attributes().get("phone_number");
        if (pool.autoVerifiedAttributes().contains("phone_number") && phone != null) {
            return Optional.of(sms(phone));
        }
        return Optional.empty();
    }

    /**
     * A password-reset code (ForgotPassword): by the pool's AccountRecoverySetting, in priority order, to a verified
     * email or phone number; without that setting AWS's legacy order, SMS before email. Empty when the user has no
     * verified address the setting allows ({@code admin_only} allows none).
     */
    public static Optional<CodeDeliveryDetailsType> passwordReset(UserPool pool, User user) {
        List<String> order = pool.description().accountRecoverySetting() == null
                || pool.description().accountRecoverySetting().recoveryMechanisms().isEmpty()
                ? List.of(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER.toString(), RecoveryOptionNameType.VERIFIED_EMAIL.toString())
                : pool.description().accountRecoverySetting().recoveryMechanisms().stream()
                        .sorted(Comparator.comparing(RecoveryOptionType::priority, Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(RecoveryOptionType::nameAsString).toList();
        for (String mechanism : order) {
            if (mechanism.equals(RecoveryOptionNameType.VERIFIED_EMAIL.toString()) && verified(user, "email")) {
                return Optional.of(email(user.attributes().get("email")));
            }
            if (mechanism.equals(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER.toString()) && verified(user, "phone_number")) {
                return Optional.of(sms(user.attributes().get("phone_number")));
            }
        }
        return Optional.empty();
    }

    private static boolean verified(User user, String attribute) {
        return user.attributes().get(attribute) != null && "true".equals(user.attributes().get(attribute + "_verified"));
    }

    static CodeDeliveryDetailsType email(String email) {
        int at = email.indexOf('@');
        String masked = email.charAt(0) + "***@" + (at >= 0 && at + 1 < email.length() ? email.charAt(at + 1) : '*') + "***";
        return CodeDeliveryDetailsType.builder().destination(masked).deliveryMedium("EMAIL").attributeName("email").build();
    }

    static CodeDeliveryDetailsType sms(String phone) {
        String masked = "+*******" + phone.substring(Math.max(1, phone.length() - 4));
        return CodeDeliveryDetailsType.builder().destination(masked).deliveryMedium("SMS").attributeName("phone_number").build();
    }
}
