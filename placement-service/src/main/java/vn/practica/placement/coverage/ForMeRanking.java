package vn.practica.placement.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * "For me": the open offers of an {@link OfferIndex} a student may apply to, best first for what their
 * programme covers, a page at a time. Best first: more required items covered; then fewer missing; then the
 * earlier deadline; then the id. When the programme covers nothing (catalog has not announced it), every offer
 * covers 0 and "fewer missing" would only favour offers that ask for little, so the order is the deadline's.
 *
 * <p>One pass over the rows with a heap of the page's size: no sort of every offer, no array per offer.
 */
public final class ForMeRanking {
    private ForMeRanking() {}

    /** Narrows the offers like discovery's filters; empty parts match everything. */
    public record Filter(
            Optional<String> fieldCode,
            Optional<String> provinceCode,
            Optional<Integer> workMode,
            Optional<UUID> requiredItem,
            Optional<LocalDate> deadlineAfter) {
        public static final Filter NONE =
                new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Where an offer stands in the order, the keyset of a cursor. {@code missingCount} is the ranking's: 0 for
     * every offer when the programme covers nothing.
     */
    public record Position(int coveredCount, int missingCount, LocalDate validThrough, UUID id) {}

    /** An offer of the page: its id, how many of its required items the programme covers, and its position. */
    public record Ranked(UUID id, int coveredCount, int requiredCount, Position position) {}

    /**
     * Whose ranking, over which offers, after which position: the student's standing decides eligibility and
     * {@code coveredItems} the order; offers whose deadline is before {@code today} are out.
     */
    public record Query(
            IndexedOffer.Standing student,
            Set<UUID> coveredItems,
            Filter filter,
            LocalDate today,
            Optional<Position> after,
            int count) {}

    /** Up to {@code query.count()} offers, best first. */
    public static List<Ranked> rank(OfferIndex index, Query query) {
        return new Pass(index, query).run();
    }

    /** One ranking pass; the heap keeps the worst of the best found so far at its root. */
    private static final class Pass {
        private final OfferIndex index;
        private final Query query;
        private final long[] covered;
        private final boolean byCoverage;
        private final int[] heapRow;
        private final int[] heapCovered;
        private final int[] heapMissing;
        private int size;

        Pass(OfferIndex index, Query query) {
            this.index = index;
            this.query = query;
            covered = index.bitsetOf(query.coveredItems());
            byCoverage = !query.coveredItems().isEmpty();
            int count = Math.max(0, query.count());
            heapRow = new int[count];
            heapCovered = new int[count];
            heapMissing = new int[count];
        }

        List<Ranked> run() {
            RowFilter filter = RowFilter.of(index, query);
            if (filter == null || heapRow.length == 0) {
                return List.of();
            }
            for (int row = 0; row < index.size(); row++) {
                if (!filter.admits(row)) {
                    continue;
                }
                int c = coveredCount(row);
                int m = byCoverage ? index.requiredCount(row) - c : 0;
                if (query.after().isPresent() && !after(row, c, m, query.after().get())) {
                    continue;
                }
                offer(row, c, m);
            }
            return drain();
        }

        private int coveredCount(int row) {
            int count = 0;
            for (int i = index.offsets[row]; i < index.offsets[row + 1]; i++) {
                int item = index.items[i];
                if ((covered[item >>> 6] & (1L << item)) != 0) {
                    count++;
                }
            }
            return count;
        }

        /** Whether the row comes after the position in the order. */
        private boolean after(int row, int c, int m, Position position) {
            if (c != position.coveredCount()) {
                return c < position.coveredCount();
            }
            if (m != position.missingCount()) {
                return m > position.missingCount();
            }
            long deadline = position.validThrough().toEpochDay();
            if (index.deadlines[row] != deadline) {
                return index.deadlines[row] > deadline;
            }
            return OfferIndex.compareIds(index.idHigh[row], index.idLow[row], position.id()) > 0;
        }

        private void offer(int row, int c, int m) {
            if (size < heapRow.length) {
                set(size, row, c, m);
                siftUp(size++);
            } else if (before(row, c, m, heapRow[0], heapCovered[0], heapMissing[0])) {
                set(0, row, c, m);
                siftDown(size);
            }
        }

        private boolean before(int rowA, int cA, int mA, int rowB, int cB, int mB) {
            if (cA != cB) {
                return cA > cB;
            }
            if (mA != mB) {
                return mA < mB;
            }
            if (index.deadlines[rowA] != index.deadlines[rowB]) {
                return index.deadlines[rowA] < index.deadlines[rowB];
            }
            return rowA < rowB;
        }

        private boolean before(int slotA, int slotB) {
            return before(
                    heapRow[slotA],
                    heapCovered[slotA],
                    heapMissing[slotA],
                    heapRow[slotB],
                    heapCovered[slotB],
                    heapMissing[slotB]);
        }

        private void siftUp(int at) {
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (!before(parent, at)) {
                    return;
                }
                swap(parent, at);
                at = parent;
            }
        }

        private void siftDown(int length) {
            int at = 0;
            while (true) {
                int worst = at;
                for (int child = 2 * at + 1; child <= 2 * at + 2 && child < length; child++) {
                    if (before(worst, child)) {
                        worst = child;
                    }
                }
                if (worst == at) {
                    return;
                }
                swap(at, worst);
                at = worst;
            }
        }

        /** Takes the worst out repeatedly, filling the page from the back. */
        private List<Ranked> drain() {
            Ranked[] page = new Ranked[size];
            for (int last = size - 1; last >= 0; last--) {
                page[last] = ranked(heapRow[0], heapCovered[0], heapMissing[0]);
                swap(0, last);
                siftDown(last);
            }
            return List.of(page);
        }

        private Ranked ranked(int row, int c, int m) {
            UUID id = index.id(row);
            LocalDate deadline = LocalDate.ofEpochDay(index.deadlines[row]);
            return new Ranked(id, c, index.requiredCount(row), new Position(c, m, deadline, id));
        }

        private void set(int slot, int row, int c, int m) {
            heapRow[slot] = row;
            heapCovered[slot] = c;
            heapMissing[slot] = m;
        }

        private void swap(int a, int b) {
            int row = heapRow[a];
            int c = heapCovered[a];
            int m = heapMissing[a];
            set(a, heapRow[b], heapCovered[b], heapMissing[b]);
            set(b, row, c, m);
        }
    }

    /** The filters and eligibility, resolved to the index's numbers once per query. */
    private record RowFilter(
            OfferIndex index,
            IndexedOffer.Standing student,
            int today,
            int field,
            int province,
            int workMode,
            int item,
            int deadlineAfter) {
        private static final int ANY = -1;

        /** Null when a filter names something no indexed offer has: nothing can match. */
        static RowFilter of(OfferIndex index, Query query) {
            Filter f = query.filter();
            int field = f.fieldCode().map(index.fieldNumbers::numberOf).orElse(ANY);
            int province = f.provinceCode().map(index.provinceNumbers::numberOf).orElse(ANY);
            int item = f.requiredItem().map(index.itemNumbers::numberOf).orElse(ANY);
            if (field == ANY && f.fieldCode().isPresent()
                    || province == ANY && f.provinceCode().isPresent()
                    || item == ANY && f.requiredItem().isPresent()) {
                return null;
            }
            return new RowFilter(
                    index,
                    query.student(),
                    Math.toIntExact(query.today().toEpochDay()),
                    field,
                    province,
                    f.workMode().orElse(ANY),
                    item,
                    f.deadlineAfter().map(d -> Math.toIntExact(d.toEpochDay())).orElse(Integer.MIN_VALUE));
        }

        boolean admits(int row) {
            int deadline = index.deadlines[row];
            return deadline >= today
                    && deadline > deadlineAfter
                    && (field == ANY || index.fields[row] == field)
                    && (province == ANY || index.provinces[row] == province)
                    && (workMode == ANY || index.workModes[row] == workMode)
                    && (item == ANY || requires(row))
                    && (index.audiences[row] == null || index.audiences[row].admits(student));
        }

        private boolean requires(int row) {
            for (int i = index.offsets[row]; i < index.offsets[row + 1]; i++) {
                if (index.items[i] == item) {
                    return true;
                }
            }
            return false;
        }
    }
}
