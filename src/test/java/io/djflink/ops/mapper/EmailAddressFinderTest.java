package io.djflink.ops.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.text.MatchFinder;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reference is {@link CleanEmailMapper#DEFAULT_PATTERN} run by the regex engine. */
class EmailAddressFinderTest {

    private static final PythonRegex DEFAULT = PythonRegex.compile(CleanEmailMapper.DEFAULT_PATTERN, Pattern.DOTALL);
    private static final PythonReplacement MARKER = PythonReplacement.parse("<\\g<0>>", DEFAULT);

    private static final String[] PIECES = {"a", "z", "Q", "0", "9", ".", "-", "+", "_", "@", "@@", " ", "\n", ",",
        ";", ":", "/", "(", ")", "<", ">", "!", "?", "%", "[", "]", "b.c", ".de", "@e.fg", "ab@cd.ef", "A@B.C", "é",
        "中", "😀", "www", "http"};
    private static final String[] DENSE_PIECES = {"a", "B", "1", ".", "-", "@", " "};

    private static String viaFinder(String text) {
        return MatchFinder.sub(text, new EmailAddressFinder(text), MARKER);
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
        Random random = new Random(29);
        for (int round = 0; round < 60_000; round++) {
            String text = randomText(random, round % 2 == 0 ? PIECES : DENSE_PIECES, 40);
            assertThat(viaFinder(text)).as(text).isEqualTo(DEFAULT.sub(text, MARKER));
        }
    }

    @Test
    void addressMayStartWhereThePreviousOneEnded() {
        assertThat(viaFinder("a@b.c9x@y.z")).isEqualTo("<a@b.c><9x@y.z>").isEqualTo(DEFAULT.sub("a@b.c9x@y.z", MARKER));
        assertThat(viaFinder("a@b.cd.x@y.z")).isEqualTo("<a@b.cd.x>@y.z");
    }

    @Test
    void textWithoutAtSignHasNoMatch() {
        assertThat(new EmailAddressFinder("no address here, a.b.c").find(0)).isNull();
    }
}
