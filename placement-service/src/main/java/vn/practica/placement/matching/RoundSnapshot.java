package vn.practica.placement.matching;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import vn.practica.placement.matching.algorithm.MatchingInstance;

/**
 * The exact instance a run matched, as bytes (format 1, deflated): offer and student ids in index order, the
 * choices laid out per student with their ranks and keys, capacities and business capacities. Plain Java.
 */
record RoundSnapshot(
        UUID[] offerIds,
        UUID[] studentIds,
        int[] choiceStart,
        int[] choiceOffer,
        int[] choiceRank,
        long[] choiceKey,
        int[] capacity,
        int[] offerBusinessIndex,
        int[] businessCapacity) {
    static final short FORMAT = 1;
    private static final int BUFFER = 1 << 16;

    static RoundSnapshot of(RoundInputs inputs) {
        return new RoundSnapshot(
                inputs.offerIds,
                inputs.studentIds,
                inputs.choiceStart,
                inputs.choiceOffer,
                inputs.choiceRank,
                inputs.choiceKey,
                inputs.capacity,
                inputs.offerBusinessIndex,
                inputs.businessCapacity);
    }

    boolean businessWide() {
        return businessCapacity.length > 0;
    }

    MatchingInstance instance() {
        if (!businessWide()) {
            return MatchingInstance.of(choiceStart, choiceOffer, choiceKey, capacity);
        }
        return MatchingInstance.withBusinesses(
                choiceStart, choiceOffer, choiceKey, capacity, offerBusinessIndex, businessCapacity);
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Buffered in front of the deflater: DataOutputStream hands each int over a byte at a time, and every write
        // reaching the deflater is a call into zlib (docs/benchmarks.md, "Eleventh pass")
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED), BUFFER), BUFFER))) {
            uuids(out, offerIds);
            uuids(out, studentIds);
            ints(out, choiceStart);
            ints(out, choiceOffer);
            ints(out, choiceRank);
            out.writeInt(choiceKey.length);
            for (long key : choiceKey) {
                out.writeLong(key);
            }
            ints(out, capacity);
            ints(out, offerBusinessIndex);
            ints(out, businessCapacity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static RoundSnapshot fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(), BUFFER), BUFFER))) {
            UUID[] offers = uuids(in);
            UUID[] students = uuids(in);
            int[] start = ints(in);
            int[] offer = ints(in);
            int[] rank = ints(in);
            long[] keys = new long[in.readInt()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = in.readLong();
            }
            return new RoundSnapshot(offers, students, start, offer, rank, keys, ints(in), ints(in), ints(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void uuids(DataOutputStream out, UUID[] ids) throws IOException {
        out.writeInt(ids.length);
        for (UUID id : ids) {
            out.writeLong(id.getMostSignificantBits());
            out.writeLong(id.getLeastSignificantBits());
        }
    }

    private static UUID[] uuids(DataInputStream in) throws IOException {
        UUID[] ids = new UUID[in.readInt()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new UUID(in.readLong(), in.readLong());
        }
        return ids;
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
