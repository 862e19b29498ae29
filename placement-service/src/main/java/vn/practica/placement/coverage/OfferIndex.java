package vn.practica.placement.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The open offers "for me" ranks, on primitive arrays: row {@code r} requires the dense item numbers
 * {@code items[offsets[r]]} up to {@code items[offsets[r + 1]]}, takes applications until the epoch day
 * {@code deadlines[r]}, and so on. Rows are in id order (unsigned, as PostgreSQL orders uuids), so the row
 * number is the id tie-break. Immutable: {@link #with} builds the next index and readers keep the one they have.
 *
 * <p>Per offer: 16 bytes of id, 4 of offset, 4 per required item, 4 each of deadline, field and province, 1 of
 * work mode and a 4-byte reference to its audience (shared {@code null} for anyone): about 60 bytes with 5.5
 * items, 6 MB at 100,000 offers, twice that while the next index is built.
 */
public final class OfferIndex {
    /** No open offers. */
    public static final OfferIndex EMPTY = new OfferIndex(
            new long[0],
            new long[0],
            new int[] {0},
            new int[0],
            new int[0],
            new int[0],
            new int[0],
            new byte[0],
            new IndexedOffer.Audience[0],
            Vocabulary.empty(),
            Vocabulary.empty(),
            Vocabulary.empty());

    final long[] idHigh;
    final long[] idLow;
    final int[] offsets;
    final int[] items;
    final int[] deadlines;
    final int[] fields;
    final int[] provinces;
    final byte[] workModes;
    /** Null where anyone may apply: the usual case costs no object. */
    final IndexedOffer.Audience[] audiences;

    final Vocabulary<UUID> itemNumbers;
    final Vocabulary<String> fieldNumbers;
    final Vocabulary<String> provinceNumbers;

    private OfferIndex(
            long[] idHigh,
            long[] idLow,
            int[] offsets,
            int[] items,
            int[] deadlines,
            int[] fields,
            int[] provinces,
            byte[] workModes,
            IndexedOffer.Audience[] audiences,
            Vocabulary<UUID> itemNumbers,
            Vocabulary<String> fieldNumbers,
            Vocabulary<String> provinceNumbers) {
        this.idHigh = idHigh;
        this.idLow = idLow;
        this.offsets = offsets;
        this.items = items;
        this.deadlines = deadlines;
        this.fields = fields;
        this.provinces = provinces;
        this.workModes = workModes;
        this.audiences = audiences;
        this.itemNumbers = itemNumbers;
        this.fieldNumbers = fieldNumbers;
        this.provinceNumbers = provinceNumbers;
    }

    /** An index of these offers (a repeated id: the last one counts). */
    public static OfferIndex of(Collection<IndexedOffer> offers) {
        return EMPTY.with(offers, Set.of());
    }

    /**
     * The next index: these offers added or replaced by id, those ids removed (an id both changed and removed
     * is removed). Costs a pass over the rows, so callers gather a poll's changes and apply them at once.
     */
    public OfferIndex with(Collection<IndexedOffer> changed, Collection<UUID> removed) {
        Set<UUID> gone = new HashSet<>(removed);
        Map<UUID, IndexedOffer> byId = new LinkedHashMap<>();
        for (IndexedOffer offer : changed) {
            byId.put(offer.id(), offer);
        }
        List<IndexedOffer> added = new ArrayList<>(byId.values());
        added.removeIf(o -> gone.contains(o.id()));
        added.sort(Comparator.comparing(IndexedOffer::id, OfferIndex::compareIds));
        gone.addAll(byId.keySet());
        boolean[] dropped = new boolean[size()];
        int kept = size();
        for (UUID id : gone) {
            int row = rowOf(id);
            if (row >= 0) {
                dropped[row] = true;
                kept--;
            }
        }
        return new Merge(this, added, dropped, kept).run();
    }

    public int size() {
        return idHigh.length;
    }

    /** Whether an offer with this id is in the index. */
    public boolean holds(UUID id) {
        return rowOf(id) >= 0;
    }

    /** The bitset of those of {@code coveredItems} that some offer here requires; the others cannot count. */
    public long[] bitsetOf(Collection<UUID> coveredItems) {
        long[] bits = new long[(itemNumbers.size() + 63) >>> 6];
        for (UUID item : coveredItems) {
            int number = itemNumbers.numberOf(item);
            if (number >= 0) {
                bits[number >>> 6] |= 1L << number;
            }
        }
        return bits;
    }

    /** Bytes held by the arrays, audiences not counted: what this index costs in memory. */
    public long arrayBytes() {
        return 16L * size()
                + 4L * (offsets.length + items.length + deadlines.length + fields.length + provinces.length)
                + workModes.length
                + 4L * audiences.length;
    }

    /** Unsigned, as PostgreSQL and the canonical text order uuids; {@link UUID#compareTo} is signed. */
    public static int compareIds(UUID a, UUID b) {
        return compareIds(a.getMostSignificantBits(), a.getLeastSignificantBits(), b);
    }

    static int compareIds(long high, long low, UUID b) {
        int order = Long.compareUnsigned(high, b.getMostSignificantBits());
        return order != 0 ? order : Long.compareUnsigned(low, b.getLeastSignificantBits());
    }

    UUID id(int row) {
        return new UUID(idHigh[row], idLow[row]);
    }

    int requiredCount(int row) {
        return offsets[row + 1] - offsets[row];
    }

    private int rowOf(UUID id) {
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = compareIds(idHigh[mid], idLow[mid], id);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Old rows not dropped and the added offers, both in id order, merged into new arrays. */
    private static final class Merge {
        private final OfferIndex old;
        private final List<IndexedOffer> added;
        private final boolean[] dropped;
        private final int size;
        private final long[] idHigh;
        private final long[] idLow;
        private final int[] offsets;
        private final int[] deadlines;
        private final int[] fields;
        private final int[] provinces;
        private final byte[] workModes;
        private final IndexedOffer.Audience[] audiences;
        private final Vocabulary<UUID> itemNumbers;
        private final Vocabulary<String> fieldNumbers;
        private final Vocabulary<String> provinceNumbers;
        private int[] items;
        private int nextItem;

        Merge(OfferIndex old, List<IndexedOffer> added, boolean[] dropped, int kept) {
            this.old = old;
            this.added = added;
            this.dropped = dropped;
            size = kept + added.size();
            idHigh = new long[size];
            idLow = new long[size];
            offsets = new int[size + 1];
            deadlines = new int[size];
            fields = new int[size];
            provinces = new int[size];
            workModes = new byte[size];
            audiences = new IndexedOffer.Audience[size];
            items = new int[old.items.length + 8 * added.size()];
            itemNumbers = old.itemNumbers.plus(
                    added.stream().flatMap(o -> o.requiredItems().stream()).toList());
            fieldNumbers = old.fieldNumbers.plus(
                    added.stream().map(IndexedOffer::fieldCode).toList());
            provinceNumbers = old.provinceNumbers.plus(
                    added.stream().map(IndexedOffer::provinceCode).toList());
        }

        OfferIndex run() {
            int oldRow = 0;
            int next = 0;
            for (int row = 0; row < size; row++) {
                while (oldRow < old.size() && dropped[oldRow]) {
                    oldRow++;
                }
                boolean takeOld = oldRow < old.size()
                        && (next == added.size()
                                || compareIds(
                                                old.idHigh[oldRow],
                                                old.idLow[oldRow],
                                                added.get(next).id())
                                        < 0);
                if (takeOld) {
                    copyOld(row, oldRow++);
                } else {
                    copyAdded(row, added.get(next++));
                }
                offsets[row + 1] = nextItem;
            }
            return new OfferIndex(
                    idHigh,
                    idLow,
                    offsets,
                    Arrays.copyOf(items, nextItem),
                    deadlines,
                    fields,
                    provinces,
                    workModes,
                    audiences,
                    itemNumbers,
                    fieldNumbers,
                    provinceNumbers);
        }

        private void copyOld(int row, int oldRow) {
            idHigh[row] = old.idHigh[oldRow];
            idLow[row] = old.idLow[oldRow];
            deadlines[row] = old.deadlines[oldRow];
            fields[row] = old.fields[oldRow];
            provinces[row] = old.provinces[oldRow];
            workModes[row] = old.workModes[oldRow];
            audiences[row] = old.audiences[oldRow];
            for (int i = old.offsets[oldRow]; i < old.offsets[oldRow + 1]; i++) {
                addItem(old.items[i]);
            }
        }

        private void copyAdded(int row, IndexedOffer offer) {
            idHigh[row] = offer.id().getMostSignificantBits();
            idLow[row] = offer.id().getLeastSignificantBits();
            deadlines[row] = Math.toIntExact(offer.validThrough().toEpochDay());
            fields[row] = fieldNumbers.numberOf(offer.fieldCode());
            provinces[row] = provinceNumbers.numberOf(offer.provinceCode());
            workModes[row] = (byte) offer.workMode();
            audiences[row] = offer.audience().restricts() ? offer.audience() : null;
            for (UUID item : offer.requiredItems()) {
                addItem(itemNumbers.numberOf(item));
            }
        }

        private void addItem(int number) {
            if (nextItem == items.length) {
                items = Arrays.copyOf(items, Math.max(16, items.length * 2));
            }
            items[nextItem++] = number;
        }
    }
}
