import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.placement.coverage.ForMeRanking;
import vn.practica.placement.coverage.IndexedOffer;
import vn.practica.placement.coverage.OfferIndex;

/**
 * "For me" in memory, the alternative to the SQL in bench/for-me-coverage.sh, on the same synthetic shape:
 * 100,000 open offers requiring 3-8 of 2,000 competency items and 500 programmes teaching 300 draws each, items
 * drawn skewed (2000 * u^2). Per query, what GET /api/v1/offers/for-me runs after reading the programme's items:
 * one ForMeRanking pass over the OfferIndex for a page of 20 (programme bitset, filters, eligibility, covered
 * counts, heap). Also prints the index's build time and the bytes its arrays hold.
 *
 * <p>usage: ./mvnw -B -q -pl placement-service -am compile &amp;&amp;
 * java -cp placement-service/target/classes bench/ForMeInMemory.java
 */
public class ForMeInMemory {
    private static final int ITEMS = 2_000;
    private static final int OFFERS = 100_000;
    private static final int PROGRAMMES = 500;
    private static final int WARM_UP = 500;
    private static final int MEASURED = 2_000;
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    public static void main(String[] args) {
        Random random = new Random(42);
        UUID[] items = new UUID[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            items[i] = new UUID(random.nextLong(), random.nextLong());
        }
        List<IndexedOffer> offers = new ArrayList<>(OFFERS);
        for (int o = 0; o < OFFERS; o++) {
            int count = 3 + random.nextInt(6);
            List<UUID> required = random.ints(count, 0, 1).mapToObj(i -> items[skewed(random)]).distinct().toList();
            offers.add(new IndexedOffer(
                    new UUID(random.nextLong(), random.nextLong()),
                    required,
                    TODAY.plusDays(random.nextInt(90)),
                    "IT",
                    "HN",
                    0,
                    IndexedOffer.Audience.ANYONE));
        }
        long started = System.nanoTime();
        OfferIndex index = OfferIndex.of(offers);
        System.out.printf(
                "index of %d offers built in %.0f ms; arrays %.1f MB%n",
                index.size(), (System.nanoTime() - started) / 1e6, index.arrayBytes() / 1e6);
        List<Set<UUID>> programmes = new ArrayList<>();
        for (int p = 0; p < PROGRAMMES; p++) {
            programmes.add(random.ints(300, 0, 1).mapToObj(i -> items[skewed(random)]).collect(Collectors.toSet()));
        }
        IndexedOffer.Standing student = new IndexedOffer.Standing(UUID.randomUUID(), "CTDT-1", 3);
        long[] took = new long[MEASURED];
        long sink = 0;
        for (int q = 0; q < WARM_UP + MEASURED; q++) {
            long start = System.nanoTime();
            List<ForMeRanking.Ranked> page = ForMeRanking.rank(
                    index,
                    new ForMeRanking.Query(
                            student,
                            programmes.get(random.nextInt(PROGRAMMES)),
                            ForMeRanking.Filter.NONE,
                            TODAY,
                            Optional.empty(),
                            21));
            sink += page.get(0).coveredCount();
            if (q >= WARM_UP) {
                took[q - WARM_UP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(took);
        System.out.printf(
                "queries %d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  (%d)%n",
                MEASURED,
                took[MEASURED / 2] / 1e6,
                took[MEASURED * 95 / 100] / 1e6,
                took[MEASURED * 99 / 100] / 1e6,
                took[MEASURED - 1] / 1e6,
                sink % 2);
    }

    private static int skewed(Random random) {
        return (int) (ITEMS * Math.pow(random.nextDouble(), 2));
    }
}
