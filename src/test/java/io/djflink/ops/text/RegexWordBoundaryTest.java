package io.djflink.ops.text;

import io.djflink.python.PythonRegex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The reference is the regex engine, compiled as {@link PythonRegex} compiles patterns. */
class RegexWordBoundaryTest {

    @Test
    void wordCharactersAreExactlyThoseOfTheRegexEngine() {
        Matcher word = PythonRegex.compile("\\w", 0).pattern().matcher("");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected = word.reset(new String(Character.toChars(cp))).matches();
            assertThat(RegexWordBoundary.isWordCharacter(cp)).as("U+%04X", cp).isEqualTo(expected);
        }
    }

    @Test
    void boundaryIsWhereTheRegexEngineFindsOne() {
        Matcher boundary = PythonRegex.compile("\\b", 0).pattern().matcher("").useTransparentBounds(true);
        int[] alphabet = "a Z_9-.\u0301\u200d\u00a0\u0663é中ı😀\ud835\udfd9\n".codePoints().toArray();
        Random random = new Random(3);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder builder = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                builder.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = builder.toString();
            boundary.reset(text);
            for (int index = 0; index <= text.length(); index++) {
                boolean expected = boundary.region(index, text.length()).lookingAt();
                assertThat(RegexWordBoundary.isAt(text, index)).as("%s at %d", text, index).isEqualTo(expected);
            }
        }
    }
}
