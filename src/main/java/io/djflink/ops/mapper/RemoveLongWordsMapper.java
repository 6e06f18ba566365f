package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.text.SpecialCharacters;
import io.djflink.ops.text.Words;
import io.djflink.python.PyStr;

/**
 * DataJuicer's {@code remove_long_words_mapper}: keeps a space-separated word when its length, or
 * its length without leading and trailing special characters, lies in [min_len, max_len] (in code
 * points). The text is rebuilt line by line and tab field by tab field, so runs of spaces collapse
 * and lines or fields left empty disappear (see {@link Words#filterKeepingLayout}).
 */
public final class RemoveLongWordsMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec.mapper("remove_long_words_mapper", RemoveLongWordsMapper::new)
            .description("Removes words shorter than min_len or longer than max_len.")
            .param("min_len", ParamType.INTEGER, 1L, "shortest word kept, in characters")
            .param("max_len", ParamType.INTEGER, Long.MAX_VALUE, "longest word kept, in characters")
            .build();

    private final long minLen;
    private final long maxLen;

    public RemoveLongWordsMapper(OpArgs args) {
        super(args);
        this.minLen = args.longValue("min_len");
        this.maxLen = args.longValue("max_len");
    }

    @Override
    String map(String text) {
        return Words.filterKeepingLayout(text, this::keeps);
    }

    private boolean keeps(String word) {
        return inRange(PyStr.len(word)) || inRange(PyStr.len(Words.strip(word, SpecialCharacters::contains)));
    }

    private boolean inRange(long length) {
        return minLen <= length && length <= maxLen;
    }
}
