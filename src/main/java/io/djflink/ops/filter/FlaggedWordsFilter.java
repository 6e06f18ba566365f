package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;

/**
 * DataJuicer's {@code flagged_words_filter}: stat {@code flagged_words_ratio}, the share of words that are
 * flagged words of {@code lang} (see {@link WordListRatioFilter}). The lists are BigScience's, shipped with dj-flink,
 * or those in {@code flagged_words_dir}.
 */
public final class FlaggedWordsFilter extends WordListRatioFilter {

    public static final String STAT = "flagged_words_ratio";

    public static final OpSpec SPEC = declareParams(OpSpec.filter("flagged_words_filter", FlaggedWordsFilter::new)
            .description("Keeps samples whose share of flagged words is within [min_ratio, max_ratio]."),
            "flagged-word", 0.0, 0.045, "flagged_words_dir", "flagged_words");

    public FlaggedWordsFilter(OpArgs args) {
        super(args, STAT, "flagged_words_dir", "flagged_words");
    }
}
