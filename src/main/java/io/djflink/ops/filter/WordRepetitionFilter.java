package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.text.SpecialCharacters;
import io.djflink.ops.text.WordNGramCounter;
import io.djflink.ops.text.Words;
import java.util.List;

/**
 * DataJuicer's {@code word_repetition_filter}: stat {@code word_rep_ratio}. Words are split on space,
 * newline and tab, lower-cased, stripped of special characters and dropped when empty; over their
 * {@code rep_len}-word n-grams, the ratio is the share of n-gram occurrences whose n-gram occurs more
 * than once, or 0.0 when there are fewer than {@code rep_len} words.
 */
public final class WordRepetitionFilter extends TextStatFilter {

    public static final String STAT = "word_rep_ratio";

    public static final OpSpec SPEC = OpSpec.filter("word_repetition_filter", WordRepetitionFilter::new)
            .description("Keeps samples whose word n-gram repetition ratio is within [min_ratio, max_ratio].")
            .param("lang", ParamType.STRING, "en", "language of the sentencepiece model (tokenization only)")
            .param(TokenizationOption.PARAM, ParamType.BOOLEAN, false,
                    "split with a sentencepiece model (not supported: no model ships with dj-flink)")
            .param("rep_len", ParamType.POSITIVE_INTEGER, 10L, "n-gram length in words")
            .optional("min_ratio", ParamType.NUMBER, 0.0, "minimum repetition ratio")
            .optional("max_ratio", ParamType.NUMBER, 0.5, "maximum repetition ratio")
            .build();

    private final long repLen;
    private final WordNGramCounter counter = new WordNGramCounter();

    public WordRepetitionFilter(OpArgs args) {
        super(args, STAT, "min_ratio", "max_ratio");
        TokenizationOption.requireDisabled(args, "the sentencepiece model " + args.string("lang") + ".sp.model");
        this.repLen = args.longValue("rep_len");
    }

    @Override
    Object statOf(String text) {
        List<String> words = Words.refine(Words.fromDocument(text), true, SpecialCharacters::contains);
        int[] frequencies = counter.countDistinct(words, repLen);
        long total = 0;
        long repeated = 0;
        for (int f : frequencies) {
            total += f;
            if (f > 1) {
                repeated += f;
            }
        }
        return total == 0 ? 0.0 : (double) repeated / total;
    }
}
