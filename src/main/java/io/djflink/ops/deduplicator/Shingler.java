package io.djflink.ops.deduplicator;

import io.djflink.python.PyStr;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a text into the shingles DataJuicer's near-duplicate deduplicators hash
 * ({@code compute_hash} of {@code document_minhash_deduplicator} and
 * {@code document_simhash_deduplicator}): the text is lower-cased if asked, matches of
 * {@code ignore_pattern} are removed, the rest is cut into tokens, and every run of
 * {@code window_size} consecutive tokens becomes one shingle, in text order, duplicates included.
 * A text with fewer than {@code window_size} tokens has no shingles.
 */
final class Shingler {

    /** How a text is cut into tokens ({@code tokenization}). */
    enum Tokenization {
        /** Split on {@code ' '} only (not on {@code '\n'} or {@code '\t'}), empty tokens dropped; joined by a space. */
        SPACE,
        /** {@code regex.split(r'\p{P}', text)}: empty tokens kept; joined by a space. */
        PUNCTUATION,
        /** Code points; a shingle is {@code window_size} consecutive code points. */
        CHARACTER;

        static Tokenization named(String name) {
            for (Tokenization t : values()) {
                if (t.configName().equals(name)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("tokenization must be one of " + String.join(", ", configNames())
                    + "; got \"" + name + "\"");
        }

        String configName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static List<String> configNames() {
            return Arrays.stream(values()).map(Tokenization::configName).toList();
        }
    }

    private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}");

    private final Tokenization tokenization;
    private final int windowSize;
    private final boolean lowercase;
    private final PythonRegex ignorePattern;
    private final PythonReplacement removal;

    /** @param ignorePattern a Python regular expression whose matches are removed, or null */
    Shingler(Tokenization tokenization, int windowSize, boolean lowercase, String ignorePattern) {
        this.tokenization = tokenization;
        this.windowSize = windowSize;
        this.lowercase = lowercase;
        this.ignorePattern = ignorePattern == null || ignorePattern.isEmpty() ? null
                : PythonRegex.compile(ignorePattern, 0);
        this.removal = this.ignorePattern == null ? null : PythonReplacement.parse("", this.ignorePattern);
    }

    List<String> shingles(String text) {
        String t = lowercase ? PyStr.lower(text) : text;
        if (ignorePattern != null) {
            t = ignorePattern.sub(t, removal);
        }
        return switch (tokenization) {
            case SPACE -> joinedWindows(spaceSeparated(t));
            case PUNCTUATION -> joinedWindows(Arrays.asList(PUNCTUATION.split(t, -1)));
            case CHARACTER -> codePointWindows(t);
        };
    }

    private List<String> joinedWindows(List<String> tokens) {
        List<String> shingles = new ArrayList<>(Math.max(0, tokens.size() - windowSize + 1));
        for (int i = 0; i + windowSize <= tokens.size(); i++) {
            shingles.add(String.join(" ", tokens.subList(i, i + windowSize)));
        }
        return shingles;
    }

    private List<String> codePointWindows(String t) {
        int[] offsets = new int[t.codePointCount(0, t.length()) + 1];
        for (int i = 1, at = 0; i < offsets.length; i++) {
            at += Character.charCount(t.codePointAt(at));
            offsets[i] = at;
        }
        int codePoints = offsets.length - 1;
        List<String> shingles = new ArrayList<>(Math.max(0, codePoints - windowSize + 1));
        for (int i = 0; i + windowSize <= codePoints; i++) {
            shingles.add(t.substring(offsets[i], offsets[i + windowSize]));
        }
        return shingles;
    }

    /** DataJuicer's {@code split_on_whitespace(text)}: split on {@code ' '} only, drop empty strings. */
    private static List<String> spaceSeparated(String t) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == ' ') {
                if (i > start) {
                    tokens.add(t.substring(start, i));
                }
                start = i + 1;
            }
        }
        return tokens;
    }
}
