package org.officeapi.emulator.auth.sigv4;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The two date forms SigV4 uses: ISO-8601 basic ({@code 20150830T123600Z}) and its day ({@code 20150830}). */
public final class AmzDate {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private AmzDate() {}

    public static String format(Instant instant) {
        return BASIC.format(instant);
    }

    public static String day(Instant instant) {
        return DAY.format(instant);
    }

    /** Parses X-Amz-Date, or the HTTP Date header when that is all the request has. */
    static Instant parse(String amzDate, String httpDate) {
        if (amzDate != null) {
            try {
                return ZonedDateTime.parse(amzDate, BASIC).toInstant();
            } catch (DateTimeParseException e) {
                throw SignatureFailure.incomplete("Date must be in ISO-8601 'basic format'. Got '" + amzDate
                        + "'. See http://en.wikipedia.org/wiki/ISO_8601");
            }
        }
        try {
            return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw SignatureFailure.incomplete("Date must be in ISO-8601 'basic format'. Got '" + httpDate
                    + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
    }
}
