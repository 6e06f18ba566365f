package io.djflink.ops.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.djflink.ops.Mapper;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class CleanLinksMapperTest {

    /** DataJuicer's default pattern as written in clean_links_mapper.py. */
    private static final String DATA_JUICER_PATTERN = "(?i)\\b("
            + "(?:[a-z][\\w-]+:(?:\\/{1,3}|[a-z0-9%])|www\\d{0,3}[.]|[a-z0-9.\\-]+[.][a-z]{2,4}\\/)"
            + "(?:[^\\s()<>]+|\\(([^\\s()<>]+|(\\([^\\s()<>]+\\)))*\\))"
            + "+(?:\\(([^\\s()<>]+|(\\([^\\s()<>]+\\)))*\\)|[^\\s`!()\\[\\]{};:\\'\\\".,<>?«»“”‘’]))";

    private static String clean(Map<String, Object> args, String text) {
        Mapper mapper = (Mapper) CleanLinksMapper.SPEC.create(args, "text");
        Sample sample = Sample.of("text", text);
        mapper.process(sample);
        return (String) sample.get("text");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ftp://user:password@ftp.example.com:21/                                     |
            FTP://www.example.com/path/to/file.txt                                      |
            HttpS://example.Com/my-page.HTML?param1=value1&param2=value2                |
            HTTPS://EXAMPLE.COM                                                         |
            file:///etc/passwd                                                          |
            这是个测试,https://example.com                                               | 这是个测试,
            This is a test,http测试://www.example.com/file.html?param1=value1            | This is a test,
            This is a test,http://www.测试.com/path/file.html?param1=value1&param2=value2 | This is a test,
            abcd://ef is a sample for test                                              | ` is a sample for test`
            abcd:/e f is a sample for test                                              | abcd:/e f is a sample for test
            mailto:abc x                                                                | ` x`
            mailto:x y                                                                  | mailto:x y
            see www.example.com.                                                        | see .
            see www7.example.com/x), ok                                                 | see ), ok
            go to example.org/path?q=1 now                                              | go to  now
            wiki https://en.wikipedia.org/wiki/Python_(programming_language) end        | wiki  end
            (http://a.com/b)                                                            | ()
            x "http://a.b/c" y                                                          | x "" y
            see https://x.org/a«b» ok                                                   | see » ok
            """)
    void removesLinksLikeDataJuicer(String text, String expected) {
        assertThat(clean(Map.of(), text)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void defaultPatternRemovesExactlyWhatDataJuicersPatternRemoves() {
        PythonRegex original = PythonRegex.compile(DATA_JUICER_PATTERN, Pattern.DOTALL);
        PythonReplacement marker = PythonReplacement.parse("<\\1>", original);
        Mapper mapper = (Mapper) CleanLinksMapper.SPEC.create(Map.of("repl", "<\\1>"), "text");
        String[] pieces = {"a", "b", "W", "x", "K", "1", ".", ":", "/", "-", "_", "%", "(", ")", "<", ">", " ", "\n",
            "!", "?", ",", ";", "'", "\"", "[", "]", "{", "}", "`", "«", "»", "“", "’", "ſ", "\u212a", "İ", "中", "😀",
            "www", "http", "ftp", "://", ".com/", "(a)", "((b))"};
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(25); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            Sample sample = Sample.of("text", text.toString());
            mapper.process(sample);
            assertThat(sample.get("text")).as(text.toString()).isEqualTo(original.sub(text.toString(), marker));
        }
    }

    @Test
    void dotlessIIsNotALetterOfALinkScheme() {
        assertThat(clean(Map.of(), "\u0131tp://ab")).isEqualTo("\u0131tp://ab");
        assertThat(clean(Map.of(), "\u017ftp://ab")).isEmpty();
    }

    @Test
    void unclosedParenthesisEndsTheLinkWithoutExponentialBacktracking() {
        // DataJuicer's pattern, run by Java, tries 2^n ways to split the n letters after '('.
        String letters = "d".repeat(50_000);
        String cleaned = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> clean(Map.of(), "see http://a.b/c(" + letters + " end"));
        assertThat(cleaned).isEqualTo("see (" + letters + " end");
    }

    @Test
    void emailAddressWithoutDomainSuffixIsNotALink() {
        assertThat(clean(Map.of(), "This is a sample@example for test")).isEqualTo("This is a sample@example for test");
    }

    @Test
    void leavesFullwidthPunctuationAlone() {
        String text = "，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►";
        assertThat(clean(Map.of(), text)).isEqualTo(text);
    }

    @Test
    void replacesWithRepl() {
        assertThat(clean(Map.of("repl", "<LINKS>"), "abcd://ef is a sample for test"))
                .isEqualTo("<LINKS> is a sample for test");
        assertThat(clean(Map.of("repl", "<LINKS>"), "ftp://user:password@ftp.example.com:21/")).isEqualTo("<LINKS>");
    }

    @Test
    void handlesAVeryLongLineWithoutSpaces() {
        String url = "https://example.com/" + "a".repeat(1_000_000);
        assertThat(clean(Map.of(), "before " + url + " after")).isEqualTo("before  after");
    }

    @Test
    void customPatternReplacesTheDefault() {
        assertThat(clean(Map.of("pattern", "r\"x+\""), "axxb https://a.com")).isEqualTo("ab https://a.com");
    }

    @Test
    void mistypedPatternIsRejected() {
        assertThatThrownBy(() -> clean(Map.of("pattern", Map.of("a", 1)), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("clean_links_mapper")
                .hasMessageContaining("pattern");
    }
}
