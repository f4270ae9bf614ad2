package org.officeapi.stack;

import java.io.PrintStream;
import java.util.Locale;

/** Progress lines while a stack is created or removed: what, and how long it took. Never a secret. */
public final class Progress {

    private final PrintStream out;
    private final boolean enabled;

    public Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    public static Progress quiet() {
        return new Progress(System.out, false);
    }

    public void done(String what, long startedNanos) {
        if (enabled) {
            out.printf(Locale.ROOT, "[stack] %s (%.1f s)%n", what, (System.nanoTime() - startedNanos) / 1e9);
        }
    }

    public void note(String message) {
        if (enabled) {
            out.println("[stack] " + message);
        }
    }
}
