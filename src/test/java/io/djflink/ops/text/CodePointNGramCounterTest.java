package io.djflink.ops.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointNGramCounterTest {

    private final CodePointNGramCounter counter = new CodePointNGramCounter();

    /** Python's {@code text[i:i+n]} counting, with a string per n-gram. */
    private static int[] countWithStrings(String text, int n) {
        int[] cps = text.codePoints().toArray();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= cps.length; i++) {
            counts.merge(new String(cps, i, n), 1, Integer::sum);
        }
        return counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private int[] sortedCounts(String text, int n) {
        int[] counts = counter.countDistinct(text, n);
        Arrays.sort(counts);
        return counts;
    }

    @Test
    void countsEachDistinctNGram() {
        assertThat(sortedCounts("abababa", 2)).containsExactly(3, 3);
        assertThat(sortedCounts("abcde", 5)).containsExactly(1);
        assertThat(sortedCounts("aaaa", 1)).containsExactly(4);
    }

    @Test
    void textShorterThanNHasNoNGrams() {
        assertThat(counter.countDistinct("abcd", 5)).isEmpty();
        assertThat(counter.countDistinct("", 1)).isEmpty();
        assertThat(counter.countDistinct("ab", Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void windowsAreCodePointsSoEmojiAreSingleCharacters() {
        assertThat(sortedCounts("😀😀😀", 2)).containsExactly(2);
        assertThat(sortedCounts("😀a😀a", 2)).containsExactly(1, 2);
    }

    @Test
    void matchesStringCountingOnRandomTextsWithSurrogatePairs() {
        int[] alphabet = "ab😀中\u00a0 ".codePoints().toArray();
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(400); i > 0; i--) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            int n = 1 + random.nextInt(6);
            assertThat(sortedCounts(text.toString(), n)).as("n=%d %s", n, text)
                    .isEqualTo(countWithStrings(text.toString(), n));
        }
    }

    @Test
    void staysExactWhenOneInstanceSeesLargeThenSmallTexts() {
        Random random = new Random(11);
        StringBuilder large = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            large.append((char) ('a' + random.nextInt(6)));
        }
        assertThat(sortedCounts(large.toString(), 10)).isEqualTo(countWithStrings(large.toString(), 10));
        assertThat(sortedCounts("abcabc", 3)).containsExactly(1, 1, 2);
        assertThat(sortedCounts(large.toString(), 10)).isEqualTo(countWithStrings(large.toString(), 10));
    }

    @Test
    void matchesStringCountingOnLongTextsWithSurrogatePairsAndRepeatedPhrases() {
        int[] alphabet = "ab😀中 ".codePoints().toArray();
        String[] phrases = {"the kernel 😀 ", "drm_mode_", "ab", "\n"};
        Random random = new Random(13);
        for (int round = 0; round < 6; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 40_000 + 30_000 * round) {
                if (random.nextBoolean()) {
                    text.append(phrases[random.nextInt(phrases.length)]);
                } else {
                    text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
                }
            }
            int n = 1 + random.nextInt(12);
            assertThat(sortedCounts(text.toString(), n)).as("round %d, n=%d", round, n)
                    .isEqualTo(countWithStrings(text.toString(), n));
        }
    }

    /** The Thue-Morse word of 2048 letters over {@code a} and {@code b}, or its complement. */
    private static String thueMorse(char even, char odd) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 2048; i++) {
            word.append(Integer.bitCount(i) % 2 == 0 ? even : odd);
        }
        return word.toString();
    }

    /**
     * Counting that needs neither hashes nor a string per window: the windows' offsets sorted by
     * their text, for windows too long to copy (a text without surrogate pairs).
     */
    private static int[] countBySorting(String text, int n) {
        Integer[] starts = new Integer[text.length() - n + 1];
        Arrays.setAll(starts, i -> i);
        Arrays.sort(starts, (a, b) -> CharSequence.compare(CharBuffer.wrap(text, a, a + n), CharBuffer.wrap(text, b, b + n)));
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            boolean sameAsPrevious = i > 0 && text.regionMatches(starts[i - 1], text, starts[i], n);
            if (sameAsPrevious) {
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            } else {
                counts.add(1);
            }
        }
        return counts.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * A Thue-Morse word of 2048 letters and its complement have the same polynomial hash modulo
     * 2^64 for every odd base, so only comparing the text tells their windows apart.
     */
    @Test
    void windowsWithEqualHashesButDifferentTextAreDifferentNGrams() {
        String text = thueMorse('a', 'b') + thueMorse('b', 'a');
        CodePointWindows windows = new CodePointWindows();
        windows.reset(text.toCharArray(), text.length(), 2048, true);
        int firstFingerprint = windows.fingerprint();
        while (windows.advance()) {
            // to the last window, the complement
        }
        assertThat(windows.fingerprint()).as("the hashes collide").isEqualTo(firstFingerprint);
        assertThat(sortedCounts(text, 2048)).isEqualTo(countWithStrings(text, 2048));
        String repeated = text + thueMorse('a', 'b');
        assertThat(sortedCounts(repeated, 2048)).isEqualTo(countWithStrings(repeated, 2048));
    }

    @Test
    void windowsWithEqualHashesButDifferentTextAreDifferentNGramsInATextCountedByBucket() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(19);
        while (text.length() < 140_000) {
            text.append(random.nextBoolean() ? 'c' : 'd');
        }
        text.append(thueMorse('a', 'b')).append(thueMorse('b', 'a')).append(thueMorse('a', 'b'));
        assertThat(sortedCounts(text.toString(), 2048)).isEqualTo(countBySorting(text.toString(), 2048));
    }

    @Test
    void rejectsNonPositiveLength() {
        assertThatThrownBy(() -> counter.countDistinct("abc", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
