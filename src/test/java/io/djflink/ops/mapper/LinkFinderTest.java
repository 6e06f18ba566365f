package io.djflink.ops.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.djflink.ops.text.MatchFinder;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reference is {@link CleanLinksMapper#DEFAULT_PATTERN} run by the regex engine. */
class LinkFinderTest {

    private static final PythonRegex DEFAULT = PythonRegex.compile(CleanLinksMapper.DEFAULT_PATTERN, Pattern.DOTALL);
    /** Marks each link with its group 1, so that a wrong start, end or group shows. */
    private static final PythonReplacement MARKER = PythonReplacement.parse("<\\1>", DEFAULT);

    /** Pieces of link starts and bodies, word boundaries of every kind, and characters the pattern treats specially. */
    private static final String[] PIECES = {"a", "b", "Z", "w", "W", "www", "WwW", "www1", "http", "ftp", "mailto",
        "1", "42", ".", "..", "-", "_", ":", "/", "//", "///", "://", ".com", ".org/", ".c/", "%", "@", "+", "(", ")",
        "(a)", "((b))", "(()", "[", "]", "<", ">", "{", "}", "!", "?", ",", ";", "'", "\"", "`", "«", "»", "“", "”",
        "‘", "’", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "é", "ß", "中", "ı", "İ", "ſ", "\u212a", "\u0301",
        "\u200d", "\u0663", "\ud835\udfd9", "😀", "x-y", "a.b", "ab.cd/", "e.g."};
    /** A few pieces only, so that long runs of the structures that matter come up often. */
    private static final String[] DENSE_PIECES = {"a", "w", "1", ".", "-", "/", ":", "(", ")", " ", "ab", "www"};

    private static String viaFinder(String text) {
        return MatchFinder.sub(text, new LinkFinder(text), MARKER);
    }

    private static String viaRegex(String text) {
        return DEFAULT.sub(text, MARKER);
    }

    private static String randomText(Random random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    @Test
    void findsTheMatchesOfTheDefaultPatternOnRandomTexts() {
        Random random = new Random(17);
        for (int round = 0; round < 60_000; round++) {
            String text = randomText(random, PIECES, 40);
            assertThat(viaFinder(text)).as(text).isEqualTo(viaRegex(text));
        }
    }

    @Test
    void findsTheMatchesOfTheDefaultPatternOnRandomTextsOfFewCharacters() {
        Random random = new Random(23);
        for (int round = 0; round < 60_000; round++) {
            String text = randomText(random, DENSE_PIECES, 60);
            assertThat(viaFinder(text)).as(text).isEqualTo(viaRegex(text));
        }
    }

    @Test
    void findsTheMatchesOfTheDefaultPatternInTypicalProse() {
        String[] texts = {
            "See https://docs.python.org/3/library/re.html#re.sub (the docs), or www.kernel.org.",
            "mailto:someone@example.com, ftp://a.b/c) and (http://x.org/a_(b)) end",
            "Documentation/admin-guide/README.rst: see e.g. kernel.org/doc/ and sys/fs:/dev",
            "a-b-c-d:e-f www123.x www1234.x wWw.y.z http:/ http:x http://"};
        for (String text : texts) {
            assertThat(viaFinder(text)).as(text).isEqualTo(viaRegex(text));
        }
    }

    @Test
    void textWithoutColonSlashOrWwwHasNoLink() {
        assertThat(new LinkFinder("plain words, a-b-c and e.g. dots only").find(0)).isNull();
    }

    @Test
    void groupOneIsTheWholeLink() {
        var match = new LinkFinder("see www.a.org ok").find(0);
        assertThat(match.groupCount()).isEqualTo(1);
        assertThat(match.group(1)).isEqualTo(match.group()).isEqualTo("www.a.org");
        assertThat(match.start(1)).isEqualTo(match.start()).isEqualTo(4);
    }

    @Test
    void longHyphenatedAndDottedRunsAreReadInLinearTime() {
        String hyphens = "a-".repeat(200_000) + ":";
        String dots = "a.".repeat(200_000) + "/x";
        String dottedLink = "a.".repeat(200_000) + "ab/cd";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(viaFinder(hyphens)).isEqualTo(hyphens);
            assertThat(viaFinder(dots)).isEqualTo(dots);
            assertThat(viaFinder(dottedLink)).isEqualTo("<" + dottedLink + ">");
        });
        String shortDots = "a.".repeat(2_000) + "/x" + "a-".repeat(2_000) + ":/";
        assertThat(viaFinder(shortDots)).isEqualTo(viaRegex(shortDots));
    }
}
