package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.filter.TokenizationOption;
import io.djflink.ops.text.SpecialCharacters;
import io.djflink.ops.text.Words;
import java.util.List;

/**
 * DataJuicer's {@code remove_words_with_incorrect_substrings_mapper} without tokenization: removes
 * every space-separated word that, stripped of leading and trailing special characters, contains
 * one of {@code substrings} (case-sensitive). The text is rebuilt line by line and tab field by tab
 * field, so runs of spaces collapse and lines or fields left empty disappear (see
 * {@link Words#filterKeepingLayout}).
 */
public final class RemoveWordsWithIncorrectSubstringsMapper extends TextMapper {

    static final List<String> DEFAULT_SUBSTRINGS = List.of("http", "www", ".com", "href", "//");

    public static final OpSpec SPEC = OpSpec
            .mapper("remove_words_with_incorrect_substrings_mapper", RemoveWordsWithIncorrectSubstringsMapper::new)
            .description("Removes words that contain one of the given substrings.")
            .param("lang", ParamType.STRING, "en", "language of the sentencepiece model used with tokenization")
            .param(TokenizationOption.PARAM, ParamType.BOOLEAN, false,
                    "split words with a sentencepiece model (not supported: needs a model)")
            .optional("substrings", ParamType.STRING_LIST, null,
                    "substrings that condemn a word (default: http, www, .com, href, //)")
            .build();

    private final List<String> substrings;

    public RemoveWordsWithIncorrectSubstringsMapper(OpArgs args) {
        super(args);
        TokenizationOption.requireDisabled(args, "the sentencepiece model <lang>.sp.model");
        this.substrings = args.isNull("substrings") ? DEFAULT_SUBSTRINGS : args.stringList("substrings");
    }

    @Override
    String map(String text) {
        return Words.filterKeepingLayout(text, this::keeps);
    }

    private boolean keeps(String word) {
        String stripped = Words.strip(word, SpecialCharacters::contains);
        for (String substring : substrings) {
            if (stripped.contains(substring)) {
                return false;
            }
        }
        return true;
    }
}
