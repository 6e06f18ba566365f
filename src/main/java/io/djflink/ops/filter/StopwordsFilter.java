package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;

/**
 * DataJuicer's {@code stopwords_filter}: stat {@code stopwords_ratio}, the share of words that are
 * stopwords of {@code lang} (see {@link WordListRatioFilter}). The lists are BigScience's, shipped with dj-flink,
 * or those in {@code stopwords_dir}.
 */
public final class StopwordsFilter extends WordListRatioFilter {

    public static final String STAT = "stopwords_ratio";

    public static final OpSpec SPEC = declareParams(OpSpec.filter("stopwords_filter", StopwordsFilter::new)
            .description("Keeps samples whose share of stopwords is within [min_ratio, max_ratio]."),
            "stopword", 0.3, 1.0, "stopwords_dir", "stopwords");

    public StopwordsFilter(OpArgs args) {
        super(args, STAT, "stopwords_dir", "stopwords");
    }
}
