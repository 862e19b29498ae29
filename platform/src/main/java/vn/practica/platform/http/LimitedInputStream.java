package vn.practica.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * A request body that yields at most {@code limit} bytes. A declared length above the limit is refused at the
 * first read, before a byte is handed on; without one (chunked transfer) the stream takes at most one byte more
 * than the limit from the connection and then refuses, so nothing past the limit is ever read or handed on.
 */
public final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final OptionalLong declaredLength;
    private long count;
    private boolean exceeded;

    public LimitedInputStream(InputStream body, long limit, OptionalLong declaredLength) {
        super(body);
        this.limit = limit;
        this.declaredLength = declaredLength;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        requireWithinLimit();
        if (length == 0) {
            return 0;
        }
        int n = in.read(buffer, offset, (int) Math.min(length, limit - count + 1));
        if (n > 0) {
            count += n;
            requireWithinLimit();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        requireWithinLimit();
        long skipped = in.skip(Math.min(n, limit - count + 1));
        count += Math.max(skipped, 0);
        requireWithinLimit();
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * Closing a refused chunked body leaves its rest unread (the underlying stream would drain it to the end,
     * which a client can make endless); its connection is closed instead. A declared rest has a known length,
     * bounded by {@code quarkus.http.limits.max-body-size}, and is discarded, so a client that only reads the
     * answer once it has sent the whole body still gets the problem.
     */
    @Override
    public void close() throws IOException {
        if (!exceeded || declaredLength.isPresent()) {
            super.close();
        }
    }

    /** Whether the body was refused; the rest of it was then left unread. */
    public boolean exceeded() {
        return exceeded;
    }

    private void requireWithinLimit() throws BodyTooLargeException {
        if (declaredLength.isPresent() && declaredLength.getAsLong() > limit) {
            exceeded = true;
            throw new BodyTooLargeException(
                    "The body has " + declaredLength.getAsLong() + " bytes; this API accepts at most " + limit
                            + " bytes per request",
                    limit);
        }
        if (count > limit) {
            exceeded = true;
            throw new BodyTooLargeException(
                    "The body is larger than " + limit + " bytes; this API accepts at most " + limit
                            + " bytes per request",
                    limit);
        }
    }
}
