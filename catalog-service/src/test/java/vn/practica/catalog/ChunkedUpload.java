package vn.practica.catalog;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a body with {@code Transfer-Encoding: chunked} and no length over a raw socket to the test server,
 * reading the answer while it writes, as curl or a browser would; REST Assured's client would write the whole
 * body before reading and fail on the closed connection instead. Tells how much of the body the server took.
 */
public final class ChunkedUpload {
    private static final int CHUNK = 64 * 1024;

    private ChunkedUpload() {}

    /**
     * The answer and what happened to the connection.
     *
     * @param bytesSent body bytes the server's socket accepted before it stopped reading or the body ended
     * @param closedByServer whether the server closed the connection after answering
     */
    public record Answer(int status, Map<String, String> headers, String body, long bytesSent, boolean closedByServer) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends {@code total} bytes of {@code fill}, chunked: for JSON, spaces are whitespace a parser reads on. */
    public static Answer sendFilled(
            String method, String path, String token, String contentType, byte fill, long total) {
        return send(method, path, token, contentType, new Filled(fill, total));
    }

    /** Sends {@code body}, chunked. */
    public static Answer send(String method, String path, String token, String contentType, byte[] body) {
        return send(method, path, token, contentType, new java.io.ByteArrayInputStream(body));
    }

    private static Answer send(String method, String path, String token, String contentType, InputStream body) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("" + method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                            + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> writeBody(out, body, sent));
            InputStream in = socket.getInputStream();
            Answer answer = readAnswer(in);
            socket.setSoTimeout(3_000);
            boolean closed = closedAfterAnswer(in);
            long taken = sent.get();
            socket.close(); // ends the writer too when the server kept the connection open without reading
            waitForWriter(writing);
            return new Answer(answer.status(), answer.headers(), answer.body(), taken, closed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBody(OutputStream out, InputStream body, AtomicLong sent) {
        byte[] chunk = new byte[CHUNK];
        try {
            for (int n = body.readNBytes(chunk, 0, CHUNK); n > 0; n = body.readNBytes(chunk, 0, CHUNK)) {
                writeChunk(out, chunk, n);
                sent.addAndGet(n);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The server closed the connection: it stopped reading the body.
        }
    }

    private static void writeChunk(OutputStream out, byte[] data, int length) throws IOException {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Answer readAnswer(InputStream in) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new HashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(
                    header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).strip());
        }
        byte[] body = headers.containsKey("content-length")
                ? in.readNBytes(Integer.parseInt(headers.get("content-length")))
                : chunkedBody(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), 0, false);
    }

    private static byte[] chunkedBody(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).strip(), 16);
                size > 0;
                size = Integer.parseInt(line(in).strip(), 16)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        line(in);
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed before the answer was complete: " + line);
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    /** True when the server ends the connection (end of stream or reset) within the socket's timeout. */
    private static boolean closedAfterAnswer(InputStream in) {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitForWriter(CompletableFuture<Void> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** {@code total} bytes of {@code fill}, made as they are read. */
    private static final class Filled extends InputStream {
        private final byte fill;
        private long left;

        Filled(byte fill, long total) {
            this.fill = fill;
            this.left = total;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return fill & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, fill);
            left -= n;
            return n;
        }
    }
}
