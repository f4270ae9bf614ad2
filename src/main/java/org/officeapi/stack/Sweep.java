package org.officeapi.stack;

import org.officeapi.target.AwsTarget;
import org.officeapi.target.TargetUnavailableException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes what interrupted runs of the aws target left behind: resources named {@code oaa-…} (identity
 * pools {@code oaa_…}) AND tagged by a run that started more than {@code -Dsweep.olderThanHours} ago
 * (default 6, so that runs still going are left alone). Uses the aws target's settings and safety checks
 * (region, profile or default credentials, {@code -Daws.allowProvisioning=true}, {@code -Daws.account},
 * {@code -Daws.endpoint}); see {@link #USAGE}.
 */
public final class Sweep {

    static final String USAGE = "usage: mvn compile exec:java@sweep -Daws.region=REGION -Daws.allowProvisioning=true"
            + " [-Daws.profile=NAME] [-Daws.account=ACCOUNT_ID] [-Daws.endpoint=URL] [-Dsweep.olderThanHours=6]";

    private Sweep() {}

    public static void main(String[] args) {
        Instant cutoff;
        try {
            double hours = Double.parseDouble(System.getProperty("sweep.olderThanHours", "6"));
            if (!(hours >= 0)) {
                throw new NumberFormatException("negative");
            }
            cutoff = Instant.now().minus(Duration.ofMinutes((long) (hours * 60)));
        } catch (NumberFormatException e) {
            System.err.println("[sweep] -Dsweep.olderThanHours takes a number of hours, not '" + System.getProperty("sweep.olderThanHours") + "'");
            System.err.println("[sweep] " + USAGE);
            System.exit(2);
            return;
        }
        try (AwsTarget target = AwsTarget.fromSystemProperties()) {
            System.out.println("[sweep] removing leftovers of runs started before " + cutoff + " in " + target.region().id()
                    + target.endpointOverride().map(e -> " at " + e).orElse(""));
            List<String> failed = run(new Leftovers(target.clients(), Leftovers.staleRuns(cutoff)), new Progress(System.out, true));
            if (!failed.isEmpty()) {
                System.out.println("[sweep] could not delete:");
                failed.forEach(f -> System.out.println("[sweep]   " + f));
                System.exit(1);
            }
        } catch (TargetUnavailableException e) {
            System.err.println("[sweep] " + e.getMessage());
            System.err.println("[sweep] " + USAGE);
            System.exit(2);
        }
    }

    /** Deletes every leftover found; returns what could not be deleted. */
    public static List<String> run(Leftovers leftovers, Progress progress) {
        List<Leftovers.Leftover> found = leftovers.find();
        progress.note(found.size() + " leftover" + (found.size() == 1 ? "" : "s") + " of earlier runs");
        List<String> failed = new ArrayList<>();
        for (Leftovers.Leftover leftover : found) {
            long started = System.nanoTime();
            try {
                leftover.delete().run();
                progress.done("deleted " + leftover.what(), started);
            } catch (Exception e) {
                if (!AwsErrors.isNotFound(e)) {
                    failed.add(leftover.what() + " (" + AwsErrors.code(e) + ": " + AwsErrors.message(e) + ")");
                }
            }
        }
        return failed;
    }
}
