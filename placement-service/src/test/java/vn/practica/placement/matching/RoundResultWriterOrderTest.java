package vn.practica.placement.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RoundResultWriterOrderTest {

    @Test
    void studentsAreWrittenInTheOrderPostgresqlSortsTheirIdsWhichIsTheOrderOfTheirText() {
        Random random = new Random(11);
        UUID[] ids = new UUID[2_000];
        for (int i = 0; i < ids.length; i++) {
            // both signs in both halves, and shared high halves, where a signed comparison would go wrong
            long most = i % 10 == 0 ? 0x8000_0000_0000_0000L : random.nextLong();
            ids[i] = new UUID(most, random.nextLong());
        }
        List<Integer> byText = IntStream.range(0, ids.length)
                .boxed()
                .sorted(Comparator.comparing(i -> ids[i].toString()))
                .toList();

        assertEquals(byText, Arrays.stream(RoundResultWriter.byId(ids)).boxed().toList());
    }
}
