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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class CleanEmailMapperTest {

    /** DataJuicer's default pattern as written in clean_email_mapper.py. */
    private static final String DATA_JUICER_PATTERN = "[A-Za-z0-9.\\-+_]+@[a-z0-9.\\-+_]+\\.[a-z]+";

    private static String clean(Map<String, Object> args, String text) {
        Mapper mapper = (Mapper) CleanEmailMapper.SPEC.create(args, "text");
        Sample sample = Sample.of("text", text);
        mapper.process(sample);
        return (String) sample.get("text");
    }

    @Test
    void removesEmailAddresses() {
        assertThat(clean(Map.of(), "happy day euqdh@cjqi.com")).isEqualTo("happy day ");
        assertThat(clean(Map.of(), "ftp://examplema-nièrdash@hqbchd.ckdhnfes.cds")).isEqualTo("ftp://examplema-niè");
        assertThat(clean(Map.of(), "👊23da44sh12@46hqb12chd.ckdhnfes.comd.dasd.asd.dc")).isEqualTo("👊");
        assertThat(clean(Map.of(), "a@b.c and d@e.fg")).isEqualTo(" and ");
    }

    @Test
    void leavesAddressesWhoseDomainIsNotLowerCaseOrHasNoLetterTld() {
        assertThat(clean(Map.of(), "mail Someone@Example.com now")).isEqualTo("mail Someone@Example.com now");
        assertThat(clean(Map.of(), "请问你是谁dasoidhao@1264fg.45om")).isEqualTo("请问你是谁dasoidhao@1264fg.45om");
    }

    @Test
    void defaultPatternRemovesExactlyWhatDataJuicersPatternRemoves() {
        PythonRegex original = PythonRegex.compile(DATA_JUICER_PATTERN, Pattern.DOTALL);
        PythonReplacement marker = PythonReplacement.parse("<\\g<0>>", original);
        Mapper mapper = (Mapper) CleanEmailMapper.SPEC.create(Map.of("repl", "<\\g<0>>"), "text");
        String[] pieces = {"a", "Z", "0", ".", "-", "+", "_", "@", " ", ",", "b.c", "@e.fg", "ab@cd.ef", "A@B.C", "中"};
        Random random = new Random(8);
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
    void longRunOfAddressCharactersWithoutAtSignIsScannedOnce() {
        String text = "x".repeat(1_000_000) + " a@b.cd";
        String cleaned = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> clean(Map.of(), text));
        assertThat(cleaned).isEqualTo("x".repeat(1_000_000) + " ");
    }

    @Test
    void replacesWithRepl() {
        assertThat(clean(Map.of("repl", "<EMAIL>"), "happy day euqdh@cjqi.com")).isEqualTo("happy day <EMAIL>");
        assertThat(clean(Map.of("repl", "<EMAIL>"), "a@b.c and d@e.fg")).isEqualTo("<EMAIL> and <EMAIL>");
    }

    @Test
    void customPatternWrittenAsRawStringWithGroupsInRepl() {
        Map<String, Object> args = Map.of("pattern", "r'(\\w+)@(\\w+)\\.org'", "repl", "\\2 user \\1 $");
        assertThat(clean(args, "write to bob@example.org")).isEqualTo("write to example user bob $");
    }

    @Test
    void badPatternOrReplIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> clean(Map.of("pattern", "(unclosed"), "x"))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("clean_email_mapper").hasMessageContaining("'pattern'")
                .hasMessageContaining("(unclosed");
        assertThatThrownBy(() -> clean(Map.of("repl", "\\3"), "x"))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("'repl'").hasMessageContaining("invalid group reference 3");
    }

    @Test
    void unknownAndMistypedParametersAreRejected() {
        assertThatThrownBy(() -> clean(Map.of("replacement", ""), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("replacement");
        assertThatThrownBy(() -> clean(Map.of("repl", List.of("a")), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("repl").hasMessageContaining("a string");
    }
}
