package org.officeapi.srp;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code TIMESTAMP} of a password claim: UTC, shaped {@code EEE MMM d HH:mm:ss UTC yyyy} with English
 * names, e.g. {@code Tue Dec 1 09:05:07 UTC 2026}. The day of the month is not zero-padded while the
 * time is: the browser SDK builds the string by hand from {@code getUTCDate()} (never padded) and pads
 * only hours, minutes and seconds, and the timestamp is signed as a string, so one stray {@code 0}
 * changes the signature. English names whatever the machine's locale, for the same reason.
 */
public final class SrpTimestamp {

    private static final DateTimeFormatter CANONICAL =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' uuuu", Locale.US).withZone(ZoneOffset.UTC);

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /**
     * What a server can read: the canonical shape, but with one- or two-digit fields and any English
     * weekday. Reading more than it signs mirrors what was measured on AWS: a zero-padded day or a wrong
     * weekday is refused as a wrong signature, not as a malformed parameter (see {@link #parse}).
     */
    private static final Pattern READABLE = Pattern.compile(
            "(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{1,2})"
                    + " (\\d{1,2}):(\\d{1,2}):(\\d{1,2}) UTC (\\d{4})", Pattern.CASE_INSENSITIVE);

    private SrpTimestamp() {
    }

    /** The canonical timestamp of an instant, to the second (fractions are dropped, as the SDK does). */
    public static String format(Instant instant) {
        return CANONICAL.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Reads a timestamp. Empty when it is not a real UTC date and time in the shape above (any other
     * zone, an impossible date, stray text). A readable but non-canonical string (padded day, wrong
     * weekday) is read; its {@link #canonical canonical} form differs from it, and a server that signs
     * the canonical form then refuses the claim as a wrong signature.
     */
    public static Optional<Instant> parse(String timestamp) {
        if (timestamp == null) {
            return Optional.empty();
        }
        Matcher m = READABLE.matcher(timestamp);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime time = LocalDateTime.of(Integer.parseInt(m.group(6)),
                    MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return Optional.of(time.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    /** The canonical form of a readable timestamp, or empty when it cannot be read. */
    public static Optional<String> canonical(String timestamp) {
        return parse(timestamp).map(SrpTimestamp::format);
    }
}
