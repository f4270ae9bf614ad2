package org.officeapi.targets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP relay in front of the standalone embedded AWS that keeps a copy of every byte both ways, so that
 * a test can learn the secrets a run exchanged (passwords, tokens, temporary keys) and then look for
 * them where they must never be (the run's output and reports). It relays bytes unchanged: SigV4
 * signatures still match, because the client signed the relay's own host and port.
 */
final class RecordingProxy implements AutoCloseable {

    private final URI upstream;
    private final ServerSocket server;
    private final List<ByteArrayOutputStream> recorded = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();

    RecordingProxy(URI upstream) {
        this.upstream = upstream;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the recording relay", e);
        }
        Thread acceptor = new Thread(this::accept, "recording-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Where clients reach the upstream through the relay. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Everything relayed so far, both directions, as text. */
    synchronized String traffic() {
        StringBuilder all = new StringBuilder();
        for (ByteArrayOutputStream copy : recorded) {
            synchronized (copy) {
                all.append(copy.toString(StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(upstream.getHost(), upstream.getPort());
                ByteArrayOutputStream requests = new ByteArrayOutputStream();
                ByteArrayOutputStream responses = new ByteArrayOutputStream();
                synchronized (this) {
                    sockets.add(client);
                    sockets.add(target);
                    recorded.add(requests);
                    recorded.add(responses);
                }
                pump(client, target, requests);
                pump(target, client, responses);
            } catch (IOException e) {
                // closed, or the upstream went away: the client sees its connection fail
            }
        }
    }

    private static void pump(Socket from, Socket to, ByteArrayOutputStream copy) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    synchronized (copy) {
                        copy.write(buffer, 0, read);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: the other is closed below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "recording-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void close() {
        closeQuietly(server);
        sockets.forEach(RecordingProxy::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
