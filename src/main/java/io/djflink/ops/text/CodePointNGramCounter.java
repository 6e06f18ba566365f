package io.djflink.ops.text;

import java.util.Arrays;

/**
 * Counts the distinct n-grams of code points in a text ({@code text[i:i+n]} in Python) without
 * creating a string per n-gram, so that a document of millions of characters stays cheap.
 *
 * <p>Each window gets a rolling polynomial hash. An open-addressing table keyed by that hash holds
 * the window's first occurrence and its count; equal hashes are confirmed by comparing the text,
 * so hash collisions never merge different n-grams. The table is kept between calls and sized to
 * each text. Not thread-safe: one instance per op instance.
 */
public final class CodePointNGramCounter {

    private static final long BASE = 0x100000001B3L;
    private static final int MIN_CAPACITY = 1 << 10;
    private static final double MAX_LOAD = 0.5;

    /**
     * Per slot: the upper 32 bits of the mixed window hash, and in the lower 32 bits the UTF-16
     * offset of the first occurrence plus one; 0 marks a free slot. The slot index comes from the
     * upper bits too, so growing the table never needs the text.
     */
    private long[] keys = new long[MIN_CAPACITY];
    private int[] counts = new int[MIN_CAPACITY];
    private int size;

    /**
     * @param n the n-gram length in code points, at least 1
     * @return the number of occurrences of each distinct n-gram, in no particular order; empty when
     *     the text is shorter than {@code n} code points
     */
    public int[] countDistinct(String text, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n-gram length must be positive, got " + n);
        }
        long windows = PyStr.len(text) - n + 1;
        if (windows <= 0) {
            return new int[0];
        }
        prepare(windows);
        int width = (int) n;
        long outgoingWeight = power(BASE, width - 1);
        int tail = 0;
        int head = 0;
        long hash = 0;
        for (int i = 0; i < width; i++) {
            int cp = text.codePointAt(head);
            head += Character.charCount(cp);
            hash = hash * BASE + cp;
        }
        while (true) {
            add(text, tail, head - tail, hash);
            if (head == text.length()) {
                break;
            }
            int outgoing = text.codePointAt(tail);
            tail += Character.charCount(outgoing);
            int incoming = text.codePointAt(head);
            head += Character.charCount(incoming);
            hash = (hash - outgoing * outgoingWeight) * BASE + incoming;
        }
        return collectCounts();
    }

    private void prepare(long windows) {
        int wanted = capacityFor(Math.min(windows, 1 << 16));
        if (keys.length > 8 * wanted || keys.length < wanted) {
            keys = new long[wanted];
            counts = new int[wanted];
        } else {
            Arrays.fill(keys, 0L);
        }
        size = 0;
    }

    private void add(String text, int start, int charLength, long hash) {
        long mixed = mix(hash);
        int fingerprint = (int) (mixed >>> 32);
        int mask = keys.length - 1;
        int slot = fingerprint & mask;
        while (true) {
            long key = keys[slot];
            if (key == 0) {
                keys[slot] = ((long) fingerprint << 32) | (start + 1L);
                counts[slot] = 1;
                if (++size > keys.length * MAX_LOAD) {
                    grow();
                }
                return;
            }
            if ((int) (key >>> 32) == fingerprint) {
                int firstStart = (int) key - 1;
                if (text.regionMatches(firstStart, text, start, charLength)) {
                    counts[slot]++;
                    return;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long key = oldKeys[i];
            if (key != 0) {
                int slot = (int) (key >>> 32) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                counts[slot] = oldCounts[i];
            }
        }
    }

    private int[] collectCounts() {
        int[] distinct = new int[size];
        int k = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                distinct[k++] = counts[i];
            }
        }
        return distinct;
    }

    private static int capacityFor(long entries) {
        long needed = (long) Math.ceil(entries / MAX_LOAD) + 1;
        return (int) Math.max(MIN_CAPACITY, Long.highestOneBit(needed - 1) << 1);
    }

    private static long power(long base, int exponent) {
        long result = 1;
        long b = base;
        for (int e = exponent; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
        }
        return result;
    }

    /** MurmurHash3's finaliser: spreads the polynomial hash over all 64 bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
