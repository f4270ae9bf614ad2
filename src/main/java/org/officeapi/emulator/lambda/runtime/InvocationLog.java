package org.officeapi.emulator.lambda.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * What one invocation logs, as CloudWatch Logs would show it: {@code START}, the function's own lines
 * (through its {@code LambdaLogger}), {@code END} and {@code REPORT}. Lines go to the embedded AWS's log at
 * debug level; the last 4 KB are what {@code Invoke} returns with {@code LogType: Tail}. The embedded AWS
 * never writes the event here: only the function decides what it logs.
 */
final class InvocationLog {

    private static final Logger LOG = LoggerFactory.getLogger("lambda.function");
    private static final int TAIL_BYTES = 4096;
    private static final int KEPT_CHARS = 64 * 1024;

    private final String functionName;
    private final String requestId;
    private final StringBuilder lines = new StringBuilder();

    InvocationLog(String functionName, String requestId) {
        this.functionName = functionName;
        this.requestId = requestId;
        write("START RequestId: " + requestId + " Version: $LATEST\n");
    }

    /** A line from the function's LambdaLogger. */
    void function(String text) {
        write(text.endsWith("\n") ? text : text + "\n");
    }

    void end(long durationMillis, int memorySize) {
        write("END RequestId: " + requestId + "\n");
        // AWS adds "Max Memory Used"; the embedded AWS cannot measure one function's memory, so it says nothing about it
        write(String.format(Locale.ROOT, "REPORT RequestId: %s\tDuration: %d.00 ms\tBilled Duration: %d ms\tMemory Size: %d MB\t\n",
                requestId, durationMillis, Math.max(1, durationMillis), memorySize));
    }

    /** The last 4 KB of the log, base64, as {@code X-Amz-Log-Result} carries it. */
    String tail() {
        byte[] all;
        synchronized (lines) {
            all = lines.toString().getBytes(StandardCharsets.UTF_8);
        }
        int from = Math.max(0, all.length - TAIL_BYTES);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(all, from, all.length));
    }

    private void write(String text) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {}", functionName, text.stripTrailing());
        }
        synchronized (lines) {
            lines.append(text);
            if (lines.length() > KEPT_CHARS) {
                lines.delete(0, lines.length() - KEPT_CHARS);
            }
        }
    }
}
