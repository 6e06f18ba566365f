package io.djflink.ops.text;

import java.util.Arrays;

/**
 * Counts windows of a text by n-gram in an open-addressing table keyed by the windows'
 * fingerprints. Equal fingerprints are confirmed by comparing the text with the n-gram's latest
 * occurrence (as exact as comparing with the first, and more often still in the cache), so
 * collisions never merge different n-grams.
 *
 * <p>The slot comes from the low bits of the fingerprint, so windows sorted into one bucket by the
 * top bits still spread over the whole table. Each use takes a table just large enough for it at
 * the start of the same arrays, so that a short text touches little memory, and only the slots a
 * use took are cleared afterwards. Not thread-safe.
 */
final class NGramCountTable {

    private static final int MIN_CAPACITY = 1 << 10;
    private static final double MAX_LOAD = 0.5;

    /**
     * Three ints per slot, side by side so that a lookup touches one cache line: the fingerprint,
     * the UTF-16 offset of the latest occurrence plus one (0 marks a free slot), and the count.
     */
    private static final int FINGERPRINT = 0;
    private static final int LATEST_START = 1;
    private static final int COUNT = 2;
    private static final int SLOT_WIDTH = 3;

    private int[] slots = new int[MIN_CAPACITY * SLOT_WIDTH];
    /** The number of slots this use takes from the start of {@link #slots}, a power of two. */
    private int capacity = MIN_CAPACITY;
    /** The slots in use, in the order they were taken: collecting and clearing visit only these. */
    private int[] occupied = new int[MIN_CAPACITY];
    private int size;
    private char[] text;

    /** Starts counting windows of {@code text}, sized for {@code entries} distinct n-grams and growing past them. */
    void start(char[] text, long entries) {
        this.text = text;
        capacity = capacityFor(entries);
        if (occupied.length < capacity) {
            allocate();
        }
    }

    /** Counts the window {@code text[start:start+charLength]}, whose fingerprint is given. */
    void add(int start, int charLength, int fingerprint) {
        int[] table = slots;
        int mask = capacity - 1;
        int slot = fingerprint & mask;
        while (true) {
            int at = slot * SLOT_WIDTH;
            int latestStart = table[at + LATEST_START] - 1;
            if (latestStart < 0) {
                table[at + FINGERPRINT] = fingerprint;
                table[at + LATEST_START] = start + 1;
                table[at + COUNT] = 1;
                occupied[size] = slot;
                if (++size > capacity * MAX_LOAD) {
                    grow();
                }
                return;
            }
            if (table[at + FINGERPRINT] == fingerprint
                    && Arrays.equals(text, latestStart, latestStart + charLength, text, start, start + charLength)) {
                table[at + LATEST_START] = start + 1;
                table[at + COUNT]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The number of distinct n-grams added since {@link #start}. */
    int distinct() {
        return size;
    }

    /**
     * Puts the count of each distinct n-gram added since {@link #start} into {@code counts} from
     * {@code offset} on, leaving the table empty.
     *
     * @return the offset after the last count
     */
    int drainCounts(int[] counts, int offset) {
        for (int i = 0; i < size; i++) {
            int at = occupied[i] * SLOT_WIDTH;
            counts[offset + i] = slots[at + COUNT];
            slots[at + LATEST_START] = 0;
        }
        int end = offset + size;
        size = 0;
        text = null;
        return end;
    }

    private void allocate() {
        slots = new int[capacity * SLOT_WIDTH];
        occupied = new int[capacity];
    }

    private void grow() {
        int[] old = slots;
        int[] taken = occupied;
        capacity *= 2;
        allocate();
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int from = taken[i] * SLOT_WIDTH;
            int slot = old[from + FINGERPRINT] & mask;
            while (slots[slot * SLOT_WIDTH + LATEST_START] != 0) {
                slot = (slot + 1) & mask;
            }
            System.arraycopy(old, from, slots, slot * SLOT_WIDTH, SLOT_WIDTH);
            occupied[i] = slot;
        }
    }

    private static int capacityFor(long entries) {
        long needed = (long) Math.ceil(entries / MAX_LOAD) + 1;
        return (int) Math.max(MIN_CAPACITY, Long.highestOneBit(needed - 1) << 1);
    }
}
