package io.djflink.ops.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected ratios are DataJuicer's, computed with its Python helpers and the BigScience lists. */
class StopwordsFilterTest {

    @TempDir
    Path dir;

    private static Filter filter(Map<String, Object> args) {
        return (Filter) StopwordsFilter.SPEC.create(args, "text");
    }

    private static Object ratio(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return sample.stats().get("stopwords_ratio");
    }

    private static Object ratio(String text, String lang) {
        return ratio(filter(Map.of("lang", lang)), text);
    }

    private static boolean keeps(Filter filter, String text) {
        Sample sample = Sample.of("text", text);
        filter.computeStats(sample);
        return filter.process(sample);
    }

    @Test
    void keepsWhatDataJuicersEnglishUnitTestKeeps() {
        Filter filter = filter(Map.of("lang", "en", "min_ratio", 0.3));
        List<String> texts = List.of("Today is Sunday and it's a happy day!",
                "Today is Sund Sund Sund Sund Sunda and it's a happy day!", "a v s e c s f e f g a qkc",
                "，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►", "Do you need a cup of coffee?");
        assertThat(texts.stream().filter(t -> keeps(filter, t))).containsExactly(texts.get(0), texts.get(1),
                texts.get(4));
    }

    @Test
    void ratioIsTheShareOfLowerCasedStrippedWordsInTheList() {
        assertThat(ratio("Today is Sunday and it's a happy day!", "en")).isEqualTo(0.5);
        assertThat(ratio("Do you need a cup of coffee?", "en")).isEqualTo(4.0 / 7);
        assertThat(ratio("The THE the. x", "en")).isEqualTo(0.75);
    }

    @Test
    void textWithoutWordsHasRatioZero() {
        assertThat(ratio("", "en")).isEqualTo(0.0);
        assertThat(ratio("，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►", "en")).isEqualTo(0.0);
    }

    @Test
    void allCombinesEveryLanguage() {
        assertThat(ratio("les chats the", "en")).isEqualTo(1.0 / 3);
        assertThat(ratio("les chats the", "fr")).isEqualTo(1.0 / 3);
        assertThat(ratio("les chats the", "all")).isEqualTo(2.0 / 3);
    }

    @Test
    void cjkWordsAreWholeSpaceSeparatedRuns() {
        assertThat(ratio("我们 是 中国", "zh")).isEqualTo(2.0 / 3);
    }

    @Test
    void wordAugmentationAppendsJoinedRunsThatCountInBothNumeratorAndDenominator() {
        Filter plain = filter(Map.of("lang", "zh"));
        Filter augmented = filter(Map.of("lang", "zh", "use_words_aug", true));
        assertThat(ratio(plain, "我 们 是")).isEqualTo(1.0);
        assertThat(ratio(augmented, "我 们 是")).isEqualTo(0.8);
    }

    @Test
    void augmentationUsesTheGivenGroupSizesAndJoinString(@TempDir Path lists) throws IOException {
        Files.writeString(lists.resolve("stopwords.json"), "{\"en\": [\"a_b\", \"a_b_c\"]}");
        Filter filter = filter(Map.of("stopwords_dir", lists.toString(), "use_words_aug", true,
                "words_aug_group_sizes", List.of(2, 3), "words_aug_join_char", "_"));
        assertThat(ratio(filter, "a b c")).isEqualTo(2.0 / 6);
    }

    @Test
    void boundsAreInclusiveAndReversedRangeKeepsTheComplementOfTheOpenRange() {
        Filter inclusive = filter(Map.of("min_ratio", 0.5, "max_ratio", 0.75));
        assertThat(keeps(inclusive, "the x")).isTrue();
        assertThat(keeps(inclusive, "the the the x")).isTrue();
        assertThat(keeps(inclusive, "the x y")).isFalse();
        assertThat(keeps(inclusive, "the")).isFalse();
        Filter reversed = filter(Map.of("min_ratio", 0.5, "max_ratio", 0.75, "reversed_range", true));
        assertThat(keeps(reversed, "the x")).isTrue();
        assertThat(keeps(reversed, "the the x")).isFalse();
        assertThat(keeps(reversed, "the")).isTrue();
    }

    @Test
    void reusesAStatAlreadyPresent() {
        Sample sample = Sample.of("text", "x y z");
        sample.stats().put("stopwords_ratio", 0.9);
        Filter filter = filter(Map.of());
        filter.computeStats(sample);
        assertThat(sample.stats()).containsEntry("stopwords_ratio", 0.9);
        assertThat(filter.process(sample)).isTrue();
    }

    @Test
    void readsEveryJsonFileNamedStopwordsInTheDirectoryConcatenatingPerLanguage() throws IOException {
        Files.writeString(dir.resolve("my_stopwords.json"), "{\"en\": [\"foo\"], \"xx\": [\"baz\"]}");
        Files.writeString(dir.resolve("stopwords-extra.json"), "{\"en\": [\"bar\", 7, null]}");
        Files.writeString(dir.resolve("stopwords.txt"), "{\"en\": [\"qux\"]}");
        Files.writeString(dir.resolve("other.json"), "{\"en\": [\"qux\"]}");
        Filter en = filter(Map.of("stopwords_dir", dir.toString()));
        assertThat(ratio(en, "foo bar baz qux the")).isEqualTo(0.4);
        Filter all = filter(Map.of("stopwords_dir", dir.toString(), "lang", "all"));
        assertThat(ratio(all, "foo bar baz qux the")).isEqualTo(0.6);
    }

    @Test
    void anAllListInTheFilesIsUsedAsIs() throws IOException {
        Files.writeString(dir.resolve("stopwords.json"), "{\"en\": [\"foo\"], \"all\": [\"bar\"]}");
        Filter all = filter(Map.of("stopwords_dir", dir.toString(), "lang", "all"));
        assertThat(ratio(all, "foo bar")).isEqualTo(0.5);
    }

    @Test
    void aDirectoryWithoutStopwordFilesIsAnErrorNamingIt() throws IOException {
        Files.writeString(dir.resolve("flagged_words.json"), "{\"en\": [\"foo\"]}");
        assertThatThrownBy(() -> filter(Map.of("stopwords_dir", dir.toString())))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("stopwords_filter").hasMessageContaining("stopwords_dir")
                .hasMessageContaining(dir.toString()).hasMessageContaining("'stopwords'");
        assertThatThrownBy(() -> filter(Map.of("stopwords_dir", dir.resolve("missing").toString())))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("stopwords_dir").hasMessageContaining("is not a directory");
    }

    @Test
    void malformedListFilesAreErrorsNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("stopwords.json"), "{\"en\": [\"a\",\n \"b\"");
        assertThatThrownBy(() -> filter(Map.of("stopwords_dir", dir.toString())))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining(broken + "':2:")
                .hasMessageContaining("not valid JSON");
        Files.writeString(broken, "{\"en\": \"the a\"}");
        assertThatThrownBy(() -> filter(Map.of("stopwords_dir", dir.toString())))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining(broken.toString())
                .hasMessageContaining("'en' is not a list");
    }

    @Test
    void anUnknownLanguageIsRejectedListingTheKnownOnes() {
        assertThatThrownBy(() -> filter(Map.of("lang", "de")))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("stopwords_filter").hasMessageContaining("'lang'")
                .hasMessageContaining("no stopwords for 'de'").hasMessageContaining("all, ar, bn")
                .hasMessageContaining("zh");
    }

    @Test
    void tokenizationIsRejectedBecauseNoModelShips() {
        assertThatThrownBy(() -> filter(Map.of("tokenization", true)))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("stopwords_filter").hasMessageContaining("en.sp.model");
    }

    @Test
    void badParametersAreRejectedNamingOpAndParameter() {
        Map<String, Object> badSizes = new HashMap<>();
        badSizes.put("words_aug_group_sizes", List.of(2, 0));
        assertThatThrownBy(() -> filter(badSizes))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("words_aug_group_sizes")
                .hasMessageContaining("a list of positive integers");
        assertThatThrownBy(() -> filter(Map.of("stopword_dir", "/tmp")))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("stopword_dir");
    }
}
