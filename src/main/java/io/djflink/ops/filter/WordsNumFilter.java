package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.text.SpecialCharacters;
import io.djflink.ops.text.Words;

/**
 * DataJuicer's {@code words_num_filter}: stat {@code num_words}, the number of words split on
 * space, newline and tab that keep at least one character once special characters are stripped
 * from their ends. No lower-casing.
 */
public final class WordsNumFilter extends TextStatFilter {

    public static final String STAT = "num_words";

    public static final OpSpec SPEC = OpSpec.filter("words_num_filter", WordsNumFilter::new)
            .description("Keeps samples whose number of words is within [min_num, max_num].")
            .param("lang", ParamType.STRING, "en", "language of the sentencepiece model (tokenization only)")
            .param(TokenizationOption.PARAM, ParamType.BOOLEAN, false,
                    "split with a sentencepiece model (not supported: no model ships with dj-flink)")
            .optional("min_num", ParamType.INTEGER, 10L, "minimum number of words")
            .optional("max_num", ParamType.INTEGER, Long.MAX_VALUE, "maximum number of words")
            .build();

    public WordsNumFilter(OpArgs args) {
        super(args, STAT, "min_num", "max_num");
        TokenizationOption.requireDisabled(args, "the sentencepiece model " + args.string("lang") + ".sp.model");
    }

    @Override
    Object statOf(String text) {
        return Words.countRefined(text, SpecialCharacters::contains);
    }
}
