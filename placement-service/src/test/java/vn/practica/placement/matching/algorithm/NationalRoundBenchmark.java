package vn.practica.placement.matching.algorithm;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A national round in memory (Vietnam 2025 scale: 850,000 students × 9 ranked choices over 4,000 offers,
 * Zipf-skewed popularity, about 700,000 seats, {@link SyntheticRounds}): {@link DeferredAcceptance},
 * {@link StudentProjectAllocation} with business-wide capacities, and the {@link TextbookDeferredAcceptance}
 * beside them on the same round. Run by {@code bench/matching-bench.sh}, never by surefire. Each setup prints
 * the round's size, the bytes of its arrays and the heap it holds, and checks the result at scale: the textbook
 * and the array implementation agree, and the stability verifier passes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class NationalRoundBenchmark {
    /** The round, shared by the benchmarks of one fork. */
    @State(Scope.Benchmark)
    public static class Round {
        @Param("850000")
        int students;

        @Param("9")
        int choices;

        @Param("4000")
        int offers;

        @Param("700000")
        int seats;

        @Param("20261201")
        long seed;

        MatchingInstance instance;

        @Setup(Level.Trial)
        public void build() {
            long before = usedHeap();
            instance = SyntheticRounds.national(seed, students, choices, offers, seats);
            long held = usedHeap() - before;
            Matching matching = DeferredAcceptance.match(instance);
            long started = System.nanoTime();
            Optional<StabilityVerifier.Violation> violation =
                    StabilityVerifier.verifyCollegeAdmissions(instance, matching.assignedOffers());
            long verified = System.nanoTime() - started;
            report(instance, held, matching, violation, verified);
        }
    }

    /** The same round with businesses of 1–5 offers, each taking 85 % of its offers' seats. */
    @State(Scope.Benchmark)
    public static class RoundWithBusinesses {
        MatchingInstance instance;

        @Setup(Level.Trial)
        public void build(Round round) {
            long before = usedHeap();
            instance = SyntheticRounds.nationalWithBusinesses(
                    round.seed, round.students, round.choices, round.offers, round.seats);
            long held = usedHeap() - before;
            Matching matching = StudentProjectAllocation.match(instance);
            long started = System.nanoTime();
            Optional<StabilityVerifier.Violation> violation =
                    StabilityVerifier.verifyStudentProjectAllocation(instance, matching.assignedOffers());
            long verified = System.nanoTime() - started;
            report(instance, held, matching, violation, verified);
        }
    }

    /** The textbook's object graph of the round, built once and checked against the array implementation. */
    @State(Scope.Benchmark)
    public static class Textbook {
        TextbookDeferredAcceptance textbook;

        @Setup(Level.Trial)
        public void build(Round round) {
            long before = usedHeap();
            textbook = new TextbookDeferredAcceptance(round.instance);
            long held = usedHeap() - before;
            boolean agrees = Arrays.equals(
                    textbook.match(), DeferredAcceptance.match(round.instance).assignedOffers());
            System.out.printf(
                    "%n[round] textbook object graph %,d bytes of heap; agrees with the arrays: %s%n", held, agrees);
            if (!agrees) {
                throw new IllegalStateException("the textbook and the array implementation disagree");
            }
        }
    }

    /**
     * CPU time of the benchmark thread per operation, printed per iteration beside JMH's wall time: on a machine
     * shared with other builds the wall time also counts the time the thread waited for a core.
     */
    @State(Scope.Thread)
    public static class CpuClock {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long started;
        long operations;

        @Setup(Level.Iteration)
        public void start() {
            operations = 0;
            started = threads.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void stop() {
            double millis = (threads.getCurrentThreadCpuTime() - started) / 1e6;
            System.out.printf(
                    "  [cpu %.1f ms/op over %d ops, load average %s]",
                    millis / Math.max(1, operations), operations, loadAverage());
        }
    }

    @Benchmark
    public Matching deferredAcceptance(Round round, CpuClock clock) {
        clock.operations++;
        return DeferredAcceptance.match(round.instance);
    }

    @Benchmark
    public Matching studentProjectAllocation(RoundWithBusinesses round, CpuClock clock) {
        clock.operations++;
        return StudentProjectAllocation.match(round.instance);
    }

    @Benchmark
    public int[] textbookDeferredAcceptance(Textbook textbook, CpuClock clock) {
        clock.operations++;
        return textbook.textbook.match();
    }

    private static String loadAverage() {
        return String.format(
                "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void report(
            MatchingInstance instance,
            long held,
            Matching matching,
            Optional<StabilityVerifier.Violation> violation,
            long verifiedNanos) {
        long seats = 0;
        for (int o = 0; o < instance.offerCount(); o++) {
            seats += instance.capacityOf(o);
        }
        System.out.printf(
                "%n[round] %,d students, %,d choices, %,d offers, %,d seats, %,d businesses; arrays %,d bytes"
                        + " (heap held after building %,d bytes); assigned %,d; fingerprint %s;"
                        + " verifier %s in %d ms%n",
                instance.studentCount(),
                instance.choiceCount(),
                instance.offerCount(),
                seats,
                instance.businessCount(),
                instance.bytes(),
                held,
                matching.assignedCount(),
                matching.fingerprint().substring(0, 16),
                violation.map(StabilityVerifier.Violation::description).orElse("stable"),
                TimeUnit.NANOSECONDS.toMillis(verifiedNanos));
        if (violation.isPresent()) {
            throw new IllegalStateException(violation.get().description());
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
