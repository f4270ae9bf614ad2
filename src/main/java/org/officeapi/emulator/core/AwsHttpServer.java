package org.officeapi.emulator.core;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.HttpString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.Options;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one HTTP endpoint every embedded service is served from. It reads a request whole (bounded),
 * hands it to the endpoint the router picks, and writes the answer. It never lets a failure escape as
 * a hang: an unexpected exception becomes a 500 in the endpoint's shape only as a last resort, and is
 * logged, because a 500 makes the SDK retry and is always a bug here.
 */
public final class AwsHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AwsHttpServer.class);

    /** The largest body any endpoint takes (Lambda's zip upload); each endpoint then applies its own limit. */
    static final int MAX_ANY_BODY_BYTES = 70 * 1024 * 1024;

    private final Undertow undertow;
    private final Supplier<Router> router;
    private final Clock clock;
    private final int port;
    private final String host;

    private AwsHttpServer(String host, int requestedPort, Supplier<Router> router, Clock clock) {
        this.router = router;
        this.clock = clock;
        this.host = host;
        this.undertow = Undertow.builder()
                .addHttpListener(requestedPort, host)
                .setWorkerThreads(64)
                // SigV4 signs the raw path: keep %2F and friends as sent
                .setServerOption(UndertowOptions.DECODE_URL, false)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 64 * 1024)
                .setServerOption(UndertowOptions.MAX_HEADERS, 200)
                .setServerOption(UndertowOptions.MAX_PARAMETERS, 10_000)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) MAX_ANY_BODY_BYTES)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 30_000)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 120_000)
                .setSocketOption(Options.READ_TIMEOUT, 60_000)
                .setSocketOption(Options.WRITE_TIMEOUT, 60_000)
                .setHandler(this::handle)
                .build();
        undertow.start();
        this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** Binds {@code host:port} (port 0 picks a free one) and starts serving. */
    public static AwsHttpServer start(String host, int port, Supplier<Router> router, Clock clock) {
        return new AwsHttpServer(host, port, router, clock);
    }

    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    private void handle(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this::handle);
            return;
        }
        exchange.startBlocking();
        long started = System.nanoTime();
        HttpRequest request = null;
        Route route = null;
        HttpResponse response;
        try {
            long declared = exchange.getRequestContentLength();
            request = readHead(exchange);
            route = router.get().route(request);
            ServiceEndpoint endpoint = route.endpoint();
            if (declared > endpoint.maxBodyBytes()) {
                response = endpoint.bodyTooLarge(request);
                discardBody(exchange);
            } else {
                byte[] body = readBody(exchange.getInputStream(), endpoint.maxBodyBytes());
                if (body == null) {
                    response = endpoint.bodyTooLarge(request);
                    discardBody(exchange);
                } else {
                    request = withBody(request, body);
                    // the route may depend on the body (form Action), so ask again now that it is here
                    route = router.get().route(request);
                    response = route.endpoint().handle(request);
                }
            }
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
            exchange.setPersistent(false);
            return;
        } catch (RuntimeException e) {
            LOG.error("unexpected failure serving {} {}", exchange.getRequestMethod(), exchange.getRequestPath(), e);
            // AWS's shape for its own failures, so that every client can at least read what happened
            response = HttpResponse.of(500, "application/json", "{\"__type\":\"InternalFailure\",\"message\":\"Internal server error\"}")
                    .withHeader("x-amzn-ErrorType", "InternalFailure");
        }
        write(exchange, response);
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} {} -> {} in {} ms", route == null ? "?" : route.name(), exchange.getRequestMethod(),
                    exchange.getRequestPath(), response.status(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private HttpRequest readHead(HttpServerExchange exchange) {
        Headers headers = new Headers();
        for (HeaderValues values : exchange.getRequestHeaders()) {
            for (String value : values) {
                headers.add(values.getHeaderName().toString(), value);
            }
        }
        String rawPath = exchange.getRequestURI();
        // absolute-form request targets (proxies) carry scheme and host; keep the path only
        if (rawPath.startsWith("http://") || rawPath.startsWith("https://")) {
            int slash = rawPath.indexOf('/', rawPath.indexOf("//") + 2);
            rawPath = slash < 0 ? "/" : rawPath.substring(slash);
        }
        InetSocketAddress source = exchange.getSourceAddress();
        return new HttpRequest(exchange.getRequestMethod().toString(), rawPath, exchange.getQueryString(), headers,
                new byte[0], source == null ? "127.0.0.1" : source.getAddress().getHostAddress(), clock.instant());
    }

    private static HttpRequest withBody(HttpRequest head, byte[] body) {
        return new HttpRequest(head.method(), head.rawPath(), head.rawQuery(), head.headers(), body, head.sourceIp(),
                head.receivedAt());
    }

    /** The body, or null when it is longer than {@code limit}. */
    private static byte[] readBody(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit);
        if (body.length == limit && in.read() != -1) {
            return null;
        }
        return body;
    }

    /**
     * Reads and drops the rest of a body too large for its endpoint, up to the largest any endpoint takes,
     * so that the client has finished sending when the refusal arrives: closing on unread data would
     * reset the connection, and the client would see no answer at all. Beyond that bound, the
     * connection is closed after the answer.
     */
    private static void discardBody(HttpServerExchange exchange) throws IOException {
        if (exchange.getRequestContentLength() > MAX_ANY_BODY_BYTES) {
            exchange.setPersistent(false);
            return;
        }
        InputStream in = exchange.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long remaining = MAX_ANY_BODY_BYTES;
        int read;
        while (remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
            remaining -= read;
        }
        if (remaining <= 0) {
            exchange.setPersistent(false);
        }
    }

    private void write(HttpServerExchange exchange, HttpResponse response) {
        exchange.setStatusCode(response.status());
        for (Map.Entry<String, String> header : response.headers()) {
            exchange.getResponseHeaders().add(HttpString.tryFromString(header.getKey()), header.getValue());
        }
        exchange.getResponseHeaders().put(HttpString.tryFromString("Date"),
                DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(java.time.ZoneOffset.UTC)));
        exchange.setResponseContentLength(response.body().length);
        exchange.getResponseSender().send(ByteBuffer.wrap(response.body()));
    }

    @Override
    public void close() {
        undertow.stop();
    }
}
