package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected ratios are DataJuicer's, computed with its Python helpers and the BigScience lists. */
class FlaggedWordsFilterTest {

    private static Filter filter(Map<String, Object> args) {
        return (Filter) FlaggedWordsFilter.SPEC.create(args, "text");
    }

    private static Object ratio(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return sample.stats().get("flagged_words_ratio");
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }

    @Test
    void keepsWhatDataJuicersEnglishUnitTestKeeps() {
        Filter filter = filter(Map.of("lang", "en", "max_ratio", 0.045));
        List<String> texts = List.of("Today is anal cumshot day", "Fuck you doggystyle!",
                "，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►", "Do you need a cup of coffee?",
                "emoji表情测试下😊，😸31231\n");
        assertThat(texts.stream().filter(t -> keeps(filter, t))).containsExactly(texts.get(2), texts.get(3),
                texts.get(4));
    }

    @Test
    void ratioIsTheShareOfLowerCasedStrippedWordsInTheList() {
        assertThat(ratio(filter(Map.of()), "Today is anal cumshot day")).isEqualTo(0.4);
        assertThat(ratio(filter(Map.of()), "Fuck you doggystyle!")).isEqualTo(1.0 / 3);
        assertThat(ratio(filter(Map.of()), "")).isEqualTo(0.0);
    }

    @Test
    void everyLanguageListIncludesTheEnglishWords() {
        assertThat(ratio(filter(Map.of("lang", "zh")), "a b c anal")).isEqualTo(0.25);
    }

    @Test
    void byDefaultKeepsRatiosUpToFourPointFivePercentInclusive() {
        Filter filter = filter(Map.of());
        String clean = "word ".repeat(199);
        assertThat(keeps(filter, clean + "porn")).isTrue();
        assertThat(keeps(filter, "word ".repeat(19) + "porn")).isFalse();
        Filter atBound = filter(Map.of("max_ratio", 0.25));
        assertThat(keeps(atBound, "a b c porn")).isTrue();
    }

    @Test
    void readsFlaggedWordFilesFromTheGivenDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("flagged_words.json"), "{\"en\": [\"darn\"]}");
        Files.writeString(dir.resolve("stopwords.json"), "{\"en\": [\"the\"]}");
        Filter filter = filter(Map.of("flagged_words_dir", dir.toString()));
        assertThat(ratio(filter, "Darn! the porn")).isEqualTo(1.0 / 3);
    }

    @Test
    void aDirectoryWithoutFlaggedWordFilesIsAnErrorNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> filter(Map.of("flagged_words_dir", dir.toString())))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("flagged_words_filter").hasMessageContaining("flagged_words_dir")
                .hasMessageContaining(dir.toString()).hasMessageContaining("'flagged_words'");
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "porn porn");
        sample.stats().put("flagged_words_ratio", 0.0);
        Filter filter = filter(Map.of());
        filter.computeStats(sample);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void tokenizationIsRejectedBecauseNoModelShips() {
        assertThatThrownBy(() -> filter(Map.of("tokenization", true, "lang", "zh")))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("flagged_words_filter").hasMessageContaining("zh.sp.model");
    }

    @Test
    void unknownLanguageAndMistypedParametersAreRejected() {
        assertThatThrownBy(() -> filter(Map.of("lang", "klingon")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("'lang'")
                .hasMessageContaining("no flagged_words for 'klingon'");
        assertThatThrownBy(() -> filter(Map.of("max_ratio", "low")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("max_ratio")
                .hasMessageContaining("a number");
    }
}
