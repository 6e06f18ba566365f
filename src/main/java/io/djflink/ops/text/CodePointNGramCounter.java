package io.djflink.ops.text;

import io.djflink.python.PyStr;
import java.util.Arrays;

/**
 * Counts the distinct n-grams of code points in a text ({@code text[i:i+n]} in Python) without
 * creating a string per n-gram, so that a document of millions of characters stays cheap: each
 * window is hashed as it rolls over the text and counted in an {@link NGramCountTable}.
 *
 * <p>A long text's table would outgrow the processor caches, and each window would land anywhere
 * in it. Its windows are therefore first sorted by the top bits of their fingerprints (a counting
 * sort, two passes over the text), which puts all windows of an n-gram into one bucket, and each
 * bucket is counted in a small table of its own. Not thread-safe: one instance per op instance.
 */
public final class CodePointNGramCounter {

    /** From this many windows on, counting in fingerprint order beats counting in text order. */
    private static final int SORTED_FROM_WINDOWS = 1 << 17;
    /** About this many windows share a sort bucket, so that the bucket's table stays in cache. */
    private static final int WINDOWS_PER_BUCKET_LOG = 11;
    /** Tables start no larger than this many entries need; a text with fewer distinct n-grams never pays for more. */
    private static final int MAX_INITIAL_ENTRIES = 1 << 16;

    private final NGramCountTable table = new NGramCountTable();
    private final CodePointWindows windows = new CodePointWindows();
    private char[] chars = new char[0];

    /**
     * @param n the n-gram length in code points, at least 1
     * @return the number of occurrences of each distinct n-gram, in no particular order; empty when
     *     the text is shorter than {@code n} code points
     */
    public int[] countDistinct(String text, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n-gram length must be positive, got " + n);
        }
        int codePoints = PyStr.len(text);
        long windowCount = codePoints - n + 1;
        if (windowCount <= 0) {
            return new int[0];
        }
        if (chars.length < text.length()) {
            chars = new char[text.length()];
        }
        text.getChars(0, text.length(), chars, 0);
        boolean withoutSurrogates = codePoints == text.length();
        windows.reset(chars, text.length(), (int) n, withoutSurrogates);
        if (windowCount < SORTED_FROM_WINDOWS) {
            return countInTextOrder(windowCount);
        }
        return countByBucket((int) windowCount, withoutSurrogates);
    }

    private int[] countInTextOrder(long windowCount) {
        table.start(chars, Math.min(windowCount, MAX_INITIAL_ENTRIES));
        do {
            table.add(windows.start(), windows.charLength(), windows.fingerprint());
        } while (windows.advance());
        int[] counts = new int[table.distinct()];
        table.drainCounts(counts, 0);
        return counts;
    }

    /**
     * @param withoutSurrogates whether the text has no surrogate pairs, so that every window has
     *     the same length in UTF-16 units and no lengths need to be kept
     */
    private int[] countByBucket(int windowCount, boolean withoutSurrogates) {
        int bucketBits = 32 - Integer.numberOfLeadingZeros(windowCount >>> WINDOWS_PER_BUCKET_LOG);
        int bucketShift = 32 - bucketBits;
        int width = windows.charLength();
        int[] bucketStarts = new int[(1 << bucketBits) + 1];
        do {
            bucketStarts[(windows.fingerprint() >>> bucketShift) + 1]++;
        } while (windows.advance());
        for (int b = 1; b < bucketStarts.length; b++) {
            bucketStarts[b] += bucketStarts[b - 1];
        }
        long[] sorted = new long[windowCount];
        int[] nextInBucket = Arrays.copyOf(bucketStarts, bucketStarts.length - 1);
        /* The length of the window starting at each offset, when windows differ in length. */
        int[] charLengths = withoutSurrogates ? null : new int[chars.length];
        windows.restart();
        do {
            int fingerprint = windows.fingerprint();
            sorted[nextInBucket[fingerprint >>> bucketShift]++] = ((long) fingerprint << 32) | windows.start();
            if (charLengths != null) {
                charLengths[windows.start()] = windows.charLength();
            }
        } while (windows.advance());
        int[] counts = new int[windowCount];
        int distinct = 0;
        for (int b = 0; b + 1 < bucketStarts.length; b++) {
            table.start(chars, bucketStarts[b + 1] - bucketStarts[b]);
            for (int i = bucketStarts[b]; i < bucketStarts[b + 1]; i++) {
                int start = (int) sorted[i];
                table.add(start, charLengths == null ? width : charLengths[start], (int) (sorted[i] >>> 32));
            }
            distinct = table.drainCounts(counts, distinct);
        }
        return Arrays.copyOf(counts, distinct);
    }
}
