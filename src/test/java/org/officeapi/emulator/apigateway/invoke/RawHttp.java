package org.officeapi.emulator.apigateway.invoke;

import software.amazon.awssdk.http.SdkHttpRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket: the request line and headers exactly as given (any Host, duplicated or
 * malformed headers), so that tests pin what the wire carries. One request per connection.
 */
final class RawHttp {

    record Response(int status, List<Map.Entry<String, String>> headers, String body) {
        String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
        }

        List<String> headers(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
        }
    }

    private RawHttp() {}

    /** Sends a signed SDK request (its headers as signed, Host included) to the server at {@code port}. */
    static Response send(int port, SdkHttpRequest signed, byte[] body) {
        StringBuilder head = new StringBuilder();
        String query = signed.encodedQueryParameters().map(q -> "?" + q).orElse("");
        head.append(signed.method().name()).append(' ').append(signed.encodedPath().isEmpty() ? "/" : signed.encodedPath())
                .append(query).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (Map.Entry<String, List<String>> header : signed.headers().entrySet()) {
            host |= header.getKey().equalsIgnoreCase("Host");
            for (String value : header.getValue()) {
                head.append(header.getKey()).append(": ").append(value).append("\r\n");
            }
        }
        if (!host) {
            head.append("Host: ").append(signed.host())
                    .append(signed.port() == 80 || signed.port() == 443 ? "" : ":" + signed.port()).append("\r\n");
        }
        return send(port, head, body);
    }

    /** Sends a request line and header lines as written (each without its CRLF). */
    static Response send(int port, String requestLine, List<String> headerLines, byte[] body) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n");
        headerLines.forEach(line -> head.append(line).append("\r\n"));
        return send(port, head, body);
    }

    private static Response send(int port, StringBuilder head, byte[] body) {
        byte[] payload = body == null ? new byte[0] : body;
        head.append("Content-Length: ").append(payload.length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(Map.entry(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
        }
        byte[] bodyBytes = all.toByteArray();
        String body = new String(bodyBytes, end + 4, bodyBytes.length - end - 4, StandardCharsets.UTF_8);
        boolean chunked = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
                && h.getValue().toLowerCase(Locale.ROOT).contains("chunked"));
        return new Response(status, headers, chunked ? dechunk(body) : body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
