package io.djflink.ops.text;

/**
 * The windows of {@code n} code points of a text, left to right, each with a rolling polynomial
 * hash of its code points. A cursor rather than a callback, so that the loops that use it compile
 * to plain code.
 */
final class CodePointWindows {

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
        this.outgoingWeight = PolynomialHash.outgoingWeight(width);
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
            hash = hash * PolynomialHash.BASE + cp;
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
        hash = (hash - outgoing * outgoingWeight) * PolynomialHash.BASE + incoming;
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
        return PolynomialHash.fingerprint(hash);
    }
}
