package io.djflink.ops.text;

/**
 * The windows of {@code n} code points of a text, left to right, each with a rolling polynomial
 * hash of its code points. A cursor rather than a callback, so that the loops that use it compile
 * to plain code.
 */
final class CodePointWindows {

    private static final long BASE = 0x100000001B3L;

    private char[] chars;
    private int length;
    private int width;
    private boolean withoutSurrogates;
    private long outgoingWeight;
    private int start;
    private int end;
    private long hash;

    /**
     * Moves to the first window of {@code chars[0:length]}, which holds at least {@code width} code
     * points; {@code withoutSurrogates} when it holds no surrogate pairs, so that every window is
     * {@code width} units long.
     */
    void reset(char[] chars, int length, int width, boolean withoutSurrogates) {
        this.chars = chars;
        this.length = length;
        this.width = width;
        this.withoutSurrogates = withoutSurrogates;
        this.outgoingWeight = power(BASE, width - 1);
        restart();
    }

    /** Moves back to the first window. */
    void restart() {
        start = 0;
        end = 0;
        hash = 0;
        for (int i = 0; i < width; i++) {
            int cp = Character.codePointAt(chars, end, length);
            end += Character.charCount(cp);
            hash = hash * BASE + cp;
        }
    }

    /** Moves to the next window; false, staying put, after the last one. */
    boolean advance() {
        if (end == length) {
            return false;
        }
        int outgoing;
        int incoming;
        if (withoutSurrogates) {
            outgoing = chars[start++];
            incoming = chars[end++];
        } else {
            outgoing = Character.codePointAt(chars, start, length);
            start += Character.charCount(outgoing);
            incoming = Character.codePointAt(chars, end, length);
            end += Character.charCount(incoming);
        }
        hash = (hash - outgoing * outgoingWeight) * BASE + incoming;
        return true;
    }

    /** The UTF-16 offset where the window starts. */
    int start() {
        return start;
    }

    /** The window's length in UTF-16 units. */
    int charLength() {
        return end - start;
    }

    /** 32 well-mixed bits of the window's hash; equal windows have equal fingerprints. */
    int fingerprint() {
        return (int) (mix(hash) >>> 32);
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
