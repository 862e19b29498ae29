package vn.practica.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends the suite's requests as they are written: java.net.http adds no {@code Content-Type} of its own, and
 * oversized bodies go over a plain socket, so a body can declare 33 MB, or stream without a length, and the
 * server's early answer is still read.
 */
final class BadInputHttp {
    /** Over the 32 MB {@code practica.http.max-body-size}. */
    static final long OVERSIZED = 33L * 1024 * 1024;

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_ANSWER = 1 << 20;
    private static final int CHUNK = 64 * 1024;

    /** How a body is sent: as is, declaring {@link #OVERSIZED} bytes, or chunked past it without a length. */
    enum Oversize {
        NONE,
        DECLARED,
        CHUNKED
    }

    /**
     * One request; {@code target} is the encoded path and query, {@code contentType} null for none, {@code headers}
     * further headers sent as they are (an {@code If-Match} an endpoint requires).
     */
    record Call(
            String service,
            String method,
            String target,
            String token,
            String contentType,
            byte[] body,
            Oversize oversize,
            Map<String, String> headers) {
        Call {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        Call(
                String service,
                String method,
                String target,
                String token,
                String contentType,
                byte[] body,
                Oversize oversize) {
            this(service, method, target, token, contentType, body, oversize, Map.of());
        }
    }

    /** What came back; {@code contentType} as sent, {@code body} as text. */
    record Answer(int status, String contentType, String body) {}

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Function<String, String> baseUrls;

    BadInputHttp(Function<String, String> baseUrls) {
        this.baseUrls = baseUrls;
    }

    Answer send(Call call) {
        return call.oversize() == Oversize.NONE ? sendPlain(call) : sendOversized(call);
    }

    private Answer sendPlain(Call call) {
        HttpRequest.BodyPublisher body = call.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrls.apply(call.service()) + call.target()))
                .timeout(TIMEOUT)
                .method(call.method(), body);
        if (call.token() != null) {
            request.header("Authorization", "Bearer " + call.token());
        }
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        call.headers().forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + call.method() + " " + call.target(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the head, then the body from a second thread while this one waits for the answer, which a server
     * that enforces its limit sends before the body ends. Writing stops at the first byte of the answer or when
     * the server closes the connection.
     */
    private Answer sendOversized(Call call) {
        URI base = URI.create(baseUrls.apply(call.service()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(head(call, base).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            Thread writer = new Thread(() -> writeBody(call, out, in), "oversized-body");
            writer.setDaemon(true);
            writer.start();
            return readAnswer(in);
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to an oversized " + call.method() + " " + call.target(), e);
        }
    }

    private static String head(Call call, URI base) {
        StringBuilder head = new StringBuilder()
                .append(call.method())
                .append(' ')
                .append(call.target())
                .append(" HTTP/1.1\r\nHost: ")
                .append(base.getHost())
                .append(':')
                .append(base.getPort())
                .append("\r\nConnection: close\r\n");
        if (call.token() != null) {
            head.append("Authorization: Bearer ").append(call.token()).append("\r\n");
        }
        if (call.contentType() != null) {
            head.append("Content-Type: ").append(call.contentType()).append("\r\n");
        }
        call.headers()
                .forEach((name, value) ->
                        head.append(name).append(": ").append(value).append("\r\n"));
        head.append(
                call.oversize() == Oversize.DECLARED
                        ? "Content-Length: " + OVERSIZED + "\r\n"
                        : "Transfer-Encoding: chunked\r\n");
        return head.append("\r\n").toString();
    }

    /** {@code body} first, then filler up to {@link #OVERSIZED} bytes; spaces keep a JSON body JSON. */
    private static void writeBody(Call call, OutputStream out, InputStream in) {
        byte[] filler = new byte[CHUNK];
        Arrays.fill(filler, (byte) ' ');
        boolean chunked = call.oversize() == Oversize.CHUNKED;
        try {
            long sent = 0;
            byte[] first = call.body() == null ? filler : call.body();
            while (sent < OVERSIZED && in.available() == 0) {
                byte[] part = sent == 0 ? first : filler;
                int length = (int) Math.min(part.length, OVERSIZED - sent);
                if (chunked) {
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(part, 0, length);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                sent += length;
            }
            if (chunked && sent >= OVERSIZED) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException e) {
            // The server answered and closed the connection before the body ended: what a limit looks like.
        }
    }

    private static Answer readAnswer(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("Not an HTTP answer: " + statusLine);
        }
        String contentType = null;
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-type" -> contentType = value;
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" ->
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                default -> {
                    // not needed
                }
            }
        }
        byte[] body = chunked ? readChunked(in) : read(in, length);
        return new Answer(Integer.parseInt(parts[1]), contentType, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            body.write(read(in, size));
            line(in);
        }
        return body.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        String line = line(in);
        int extension = line.indexOf(';');
        return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
    }

    /** {@code length} bytes, or up to the end of the stream when the length is unknown. */
    private static byte[] read(InputStream in, long length) throws IOException {
        if (length >= 0) {
            return in.readNBytes((int) Math.min(length, MAX_ANSWER));
        }
        return in.readNBytes(MAX_ANSWER);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The connection closed in the middle of the answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
