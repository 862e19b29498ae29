package vn.practica.platform.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {
    private static final int LIMIT = 10;

    /** A body of {@code size} bytes that counts how many were taken from it. */
    private static class CountedBody extends ByteArrayInputStream {
        CountedBody(int size) {
            super(new byte[size]);
        }

        int taken() {
            return pos;
        }
    }

    @Test
    void passesABodyUpToTheLimit() throws IOException {
        InputStream body =
                new LimitedInputStream(new ByteArrayInputStream(new byte[LIMIT]), LIMIT, OptionalLong.of(LIMIT));
        assertArrayEquals(new byte[LIMIT], body.readAllBytes());
        assertFalse(((LimitedInputStream) body).exceeded());
    }

    @Test
    void refusesAChunkedBodyOneBytePastTheLimitWithoutTakingMore() {
        CountedBody chunked = new CountedBody(1 << 20);
        LimitedInputStream body = new LimitedInputStream(chunked, LIMIT, OptionalLong.empty());
        BodyTooLargeException e = assertThrows(BodyTooLargeException.class, () -> body.read(new byte[8192]));
        assertEquals(LIMIT + 1, chunked.taken());
        assertEquals(LIMIT, e.limit());
        assertEquals("The body is larger than 10 bytes; this API accepts at most 10 bytes per request", e.getMessage());
        assertTrue(body.exceeded());
        assertThrows(BodyTooLargeException.class, body::read);
        assertEquals(LIMIT + 1, chunked.taken());
    }

    @Test
    void refusesADeclaredLengthAboveTheLimitBeforeReadingAByte() {
        CountedBody declared = new CountedBody(LIMIT + 1);
        LimitedInputStream body = new LimitedInputStream(declared, LIMIT, OptionalLong.of(LIMIT + 1));
        BodyTooLargeException e = assertThrows(BodyTooLargeException.class, body::read);
        assertEquals("The body has 11 bytes; this API accepts at most 10 bytes per request", e.getMessage());
        assertEquals(0, declared.taken());
    }

    @Test
    void countsSkippedBytesAndSingleReadsAlike() throws IOException {
        LimitedInputStream body =
                new LimitedInputStream(new ByteArrayInputStream(new byte[100]), LIMIT, OptionalLong.empty());
        assertEquals(LIMIT, body.skip(LIMIT));
        assertThrows(BodyTooLargeException.class, body::read);
    }

    @Test
    void closingARefusedChunkedBodyLeavesItsRestUnreadButADeclaredOneIsDiscarded() throws IOException {
        boolean[] closed = new boolean[1];
        CountedBody chunked = new CountedBody(1 << 20) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        LimitedInputStream body = new LimitedInputStream(chunked, LIMIT, OptionalLong.empty());
        assertThrows(BodyTooLargeException.class, body::readAllBytes);
        body.close();
        assertFalse(closed[0]);
        LimitedInputStream declared = new LimitedInputStream(chunked, LIMIT, OptionalLong.of(1 << 20));
        assertThrows(BodyTooLargeException.class, declared::read);
        declared.close();
        assertTrue(closed[0]);
    }
}
