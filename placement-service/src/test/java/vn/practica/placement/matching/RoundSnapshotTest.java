package vn.practica.placement.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoundSnapshotTest {

    @Test
    void aSnapshotReadBackFromItsBytesHoldsTheSameInstance() {
        Random random = new Random(7);
        int students = 5_000;
        int offers = 40;
        int[] start = new int[students + 1];
        for (int s = 0; s < students; s++) {
            start[s + 1] = start[s] + random.nextInt(10);
        }
        int edges = start[students];
        int[] offer = random.ints(edges, 0, offers).toArray();
        int[] rank = random.ints(edges, 1, 11).toArray();
        long[] keys = random.longs(edges).toArray();
        RoundSnapshot written = new RoundSnapshot(
                ids(offers),
                ids(students),
                start,
                offer,
                rank,
                keys,
                random.ints(offers, 0, 30).toArray(),
                random.ints(offers, 0, 3).toArray(),
                new int[] {5, 0, 12});

        RoundSnapshot read = RoundSnapshot.fromBytes(written.toBytes());

        assertArrayEquals(written.offerIds(), read.offerIds());
        assertArrayEquals(written.studentIds(), read.studentIds());
        assertArrayEquals(written.choiceStart(), read.choiceStart());
        assertArrayEquals(written.choiceOffer(), read.choiceOffer());
        assertArrayEquals(written.choiceRank(), read.choiceRank());
        assertArrayEquals(written.choiceKey(), read.choiceKey());
        assertArrayEquals(written.capacity(), read.capacity());
        assertArrayEquals(written.offerBusinessIndex(), read.offerBusinessIndex());
        assertArrayEquals(written.businessCapacity(), read.businessCapacity());
        assertTrue(read.businessWide());
    }

    private static UUID[] ids(int count) {
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = UUID.randomUUID();
        }
        return ids;
    }
}
