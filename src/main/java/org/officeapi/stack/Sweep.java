package org.officeapi.stack;

import org.officeapi.target.AwsTarget;
import org.officeapi.target.TargetUnavailableException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes what interrupted runs of the aws target left behind, older than {@code -Dsweep.olderThanHours}
 * (default 6): {@code mvn compile exec:java@sweep -Daws.region=… -Daws.allowProvisioning=true}. Uses
 * the aws target's settings (region, profile or default credentials, account check, endpoint).
 */
public final class Sweep {

    private Sweep() {}

    public static void main(String[] args) {
        double hours = Double.parseDouble(System.getProperty("sweep.olderThanHours", "6"));
        Instant cutoff = Instant.now().minus(Duration.ofMinutes((long) (hours * 60)));
        try (AwsTarget target = AwsTarget.fromSystemProperties()) {
            List<String> failed = run(new Leftovers(target.clients(), Leftovers.staleRuns(cutoff)), new Progress(System.out, true));
            if (!failed.isEmpty()) {
                System.out.println("[sweep] could not delete:");
                failed.forEach(f -> System.out.println("[sweep]   " + f));
                System.exit(1);
            }
        } catch (TargetUnavailableException e) {
            System.err.println("[sweep] " + e.getMessage());
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
