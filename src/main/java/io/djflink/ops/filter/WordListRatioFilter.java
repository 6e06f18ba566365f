package io.djflink.ops.filter;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.text.SpecialCharacters;
import io.djflink.ops.text.Words;
import io.djflink.ops.words.WordLists;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of DataJuicer's {@code stopwords_filter} and {@code flagged_words_filter}: the share of
 * words found in a language's word list. Words are split on space, newline and tab, lower-cased,
 * stripped of special characters and dropped when empty; with {@code use_words_aug}, the joined runs
 * of {@code words_aug_group_sizes} consecutive words are appended and count in both numerator and
 * denominator. The ratio is 0.0 without words.
 *
 * <p>An unknown {@code lang} is rejected when the op is built; DataJuicer would instead fail on
 * every sample that has words.
 */
abstract class WordListRatioFilter extends TextStatFilter {

    private final Set<String> listedWords;
    private final boolean augment;
    private final List<Integer> augmentGroupSizes;
    private final String augmentJoin;

    /**
     * @param directoryParam the parameter naming a directory of the user's lists
     * @param wordsType what the list files' names contain: {@code stopwords} or {@code flagged_words}
     */
    WordListRatioFilter(OpArgs args, String statKey, String directoryParam, String wordsType) {
        super(args, statKey, "min_ratio", "max_ratio");
        String lang = args.string("lang");
        TokenizationOption.requireDisabled(args, "the sentencepiece model " + lang + ".sp.model");
        WordLists lists = load(args, directoryParam, wordsType);
        this.listedWords = lists.forLanguage(lang);
        if (listedWords == null) {
            throw new OpArgumentException(args.opName(), "lang", "op '" + args.opName() + "': parameter 'lang': "
                    + lists.source() + " has no " + wordsType + " for '" + lang + "'; languages: "
                    + String.join(", ", new TreeSet<>(lists.languages())));
        }
        this.augment = args.bool("use_words_aug");
        this.augmentGroupSizes = args.list("words_aug_group_sizes").stream()
                .map(size -> (int) Math.min(Integer.MAX_VALUE, ((Number) size).longValue())).toList();
        this.augmentJoin = args.string("words_aug_join_char");
    }

    /**
     * Declares the parameters both filters share, in DataJuicer's order.
     *
     * @param listName how the description calls the list: {@code stopword}, {@code flagged-word}
     */
    static OpSpec declareParams(OpSpec.Builder builder, String listName, double minRatio, double maxRatio,
            String directoryParam, String wordsType) {
        return builder
                .param("lang", ParamType.STRING, "en", "language of the " + listName + " list; 'all': every language")
                .param(TokenizationOption.PARAM, ParamType.BOOLEAN, false,
                        "split with a sentencepiece model (not supported: no model ships with dj-flink)")
                .optional("min_ratio", ParamType.NUMBER, minRatio, "minimum " + listName + " ratio")
                .optional("max_ratio", ParamType.NUMBER, maxRatio, "maximum " + listName + " ratio")
                .optional(directoryParam, ParamType.STRING, null, "directory of *.json files whose names contain '"
                        + wordsType + "' (default: the BigScience lists shipped with dj-flink)")
                .param("use_words_aug", ParamType.BOOLEAN, false, "also count joined runs of consecutive words")
                .param("words_aug_group_sizes", ParamType.POSITIVE_INTEGER_LIST, List.of(2L), "lengths of joined runs")
                .param("words_aug_join_char", ParamType.STRING, "", "string joining the words of a run")
                .build();
    }

    private static WordLists load(OpArgs args, String directoryParam, String wordsType) {
        String directory = args.string(directoryParam);
        if (directory == null) {
            return WordLists.bundled(wordsType);
        }
        try {
            return WordLists.fromDirectory(Path.of(directory), wordsType);
        } catch (IllegalArgumentException e) {
            throw new OpArgumentException(args.opName(), directoryParam, "op '" + args.opName() + "': parameter '"
                    + directoryParam + "': " + e.getMessage());
        }
    }

    @Override
    final Object statOf(String text) {
        List<String> words = Words.refine(Words.fromDocument(text), true, SpecialCharacters::contains);
        if (augment) {
            words = Words.withAugmentation(words, augmentGroupSizes, augmentJoin);
        }
        if (words.isEmpty()) {
            return 0.0;
        }
        long listed = 0;
        for (String word : words) {
            if (listedWords.contains(word)) {
                listed++;
            }
        }
        return Math.min(1.0, (double) listed / words.size());
    }
}
