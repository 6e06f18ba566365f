package io.djflink.ops.mapper;

import io.djflink.ops.Op;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;

/**
 * DataJuicer's {@code sentence_split_mapper}, which dj-flink recognises but cannot run: DataJuicer
 * splits with NLTK's punkt tokenizer, a model trained per language (abbreviations, collocations,
 * sentence starters learned from a corpus), so where a sentence ends depends on that model's data
 * ({@code Dr. Smith} stays together, {@code in the U.S. He} is split). No rule-based splitter gives
 * the same sentences, and a recipe that silently got different ones would not be the same recipe,
 * so building the op fails with an explanation instead.
 */
public final class SentenceSplitMapper {

    public static final OpSpec SPEC = OpSpec.mapper("sentence_split_mapper", SentenceSplitMapper::reject)
            .description("Not supported: splits text into sentences with NLTK's punkt model.")
            .param("lang", ParamType.STRING, "en", "language of the punkt model")
            .build();

    private SentenceSplitMapper() {
    }

    private static Op reject(OpArgs args) {
        throw new OpArgumentException(args.opName(), null, "op '" + args.opName() + "' is not supported:"
                + " DataJuicer splits sentences with NLTK's punkt tokenizer model for lang '" + args.string("lang")
                + "', whose learned abbreviations and sentence starters decide the split, and no such model ships"
                + " with dj-flink; remove the op from the recipe");
    }
}
