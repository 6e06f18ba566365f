package io.djflink.ops.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the distinct n-grams of a word list ({@code ' '.join(words[i:i+n])} in Python) without
 * creating a string per n-gram.
 *
 * <p>Words become integer ids; each window of ids gets a rolling polynomial hash, and an
 * open-addressing table keyed by that hash holds the window's first occurrence and its count. Equal
 * hashes are confirmed by comparing the ids, so collisions never merge different n-grams. Joining
 * words with a space is injective here because words never contain a space. The buffers are kept
 * between calls. Not thread-safe: one instance per op instance.
 */
public final class WordNGramCounter {

    private static final int MIN_CAPACITY = 1 << 10;
    private static final double MAX_LOAD = 0.5;

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] sequence = new int[MIN_CAPACITY];
    /** Per slot: the upper 32 bits of the mixed hash and, below, the window start plus one; 0 = free. */
    private long[] keys = new long[MIN_CAPACITY];
    private int[] counts = new int[MIN_CAPACITY];
    private int size;

    /**
     * @param n the n-gram length in words, at least 1
     * @return the number of occurrences of each distinct n-gram, in no particular order; empty when
     *     there are fewer than {@code n} words
     */
    public int[] countDistinct(List<String> words, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n-gram length must be positive, got " + n);
        }
        if (words.size() < n) {
            return new int[0];
        }
        int width = (int) n;
        int windows = words.size() - width + 1;
        toIds(words);
        prepare(windows);
        long outgoingWeight = PolynomialHash.outgoingWeight(width);
        long hash = 0;
        for (int i = 0; i < width; i++) {
            hash = hash * PolynomialHash.BASE + sequence[i];
        }
        for (int start = 0; ; start++) {
            add(start, width, hash);
            if (start + 1 == windows) {
                break;
            }
            hash = (hash - sequence[start] * outgoingWeight) * PolynomialHash.BASE + sequence[start + width];
        }
        return collectCounts();
    }

    private void toIds(List<String> words) {
        ids.clear();
        if (sequence.length < words.size()) {
            sequence = new int[words.size()];
        }
        for (int i = 0; i < words.size(); i++) {
            Integer id = ids.get(words.get(i));
            if (id == null) {
                id = ids.size() + 1;
                ids.put(words.get(i), id);
            }
            sequence[i] = id;
        }
    }

    private void prepare(int windows) {
        int wanted = capacityFor(Math.min(windows, 1 << 16));
        if (keys.length > 8 * wanted || keys.length < wanted) {
            keys = new long[wanted];
            counts = new int[wanted];
        } else {
            Arrays.fill(keys, 0L);
        }
        size = 0;
    }

    private void add(int start, int width, long hash) {
        int fingerprint = PolynomialHash.fingerprint(hash);
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
                if (Arrays.equals(sequence, firstStart, firstStart + width, sequence, start, start + width)) {
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
}
