package org.officeapi.emulator.lambda.runtime;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * A handler's response stream: it keeps up to Lambda's response limit and, past it, only remembers that
 * the handler wrote too much, so that a runaway handler cannot fill the embedded AWS's memory.
 */
final class BoundedOutput extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int limit;
    private boolean overflowed;

    BoundedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (bytes.size() + 1 > limit) {
            overflowed = true;
            return;
        }
        bytes.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (overflowed || bytes.size() + len > limit) {
            overflowed = true;
            return;
        }
        bytes.write(b, off, len);
    }

    synchronized boolean overflowed() {
        return overflowed;
    }

    synchronized byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
