package io.djflink.ops.text;

import io.djflink.python.PyStr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * DataJuicer's word helpers ({@code ops/common/helper_func.py}) without a tokenizer model:
 * {@code get_words_from_document}, {@code words_refinement}, {@code strip(word, chars)} and the
 * layout-keeping split and merge of the word-removing mappers.
 */
public final class Words {

    private Words() {
    }

    /**
     * {@code get_words_from_document(doc)}: splits on {@code ' '}, {@code '\n'} and {@code '\t'} only
     * (not on {@code '\r'}, NBSP or U+3000) and drops empty strings.
     */
    public static List<String> fromDocument(String document) {
        List<String> words = new ArrayList<>();
        int wordStart = 0;
        for (int i = 0; i < document.length(); i++) {
            if (isSeparator(document.charAt(i))) {
                if (i > wordStart) {
                    words.add(document.substring(wordStart, i));
                }
                wordStart = i + 1;
            }
        }
        if (wordStart < document.length()) {
            words.add(document.substring(wordStart));
        }
        return words;
    }

    /**
     * {@code words_refinement(words, lower_case, strip_chars)}: lower-cases each word if asked, then
     * strips {@code stripChars} from both ends and drops words that become empty.
     *
     * @param stripChars the characters to strip, or {@code null} to strip nothing
     */
    public static List<String> refine(List<String> words, boolean lowerCase, IntPredicate stripChars) {
        List<String> refined = new ArrayList<>(words.size());
        for (String word : words) {
            String w = lowerCase ? PyStr.lower(word) : word;
            if (stripChars != null) {
                w = strip(w, stripChars);
                if (w.isEmpty()) {
                    continue;
                }
            }
            refined.add(w);
        }
        return refined;
    }

    /**
     * The {@code use_words_aug} step of {@code words_refinement}: the words followed by every run of
     * {@code g} consecutive words joined with {@code joinChar}, for each group size {@code g} in turn.
     */
    public static List<String> withAugmentation(List<String> words, List<Integer> groupSizes, String joinChar) {
        List<String> out = new ArrayList<>(words);
        for (int groupSize : groupSizes) {
            for (int i = 0; i + groupSize <= words.size(); i++) {
                out.add(String.join(joinChar, words.subList(i, i + groupSize)));
            }
        }
        return out;
    }

    /** DataJuicer's {@code strip(word, chars)}: removes leading and trailing code points in the set. */
    public static String strip(String word, IntPredicate chars) {
        int begin = 0;
        int end = word.length();
        while (begin < end) {
            int cp = word.codePointAt(begin);
            if (!chars.test(cp)) {
                break;
            }
            begin += Character.charCount(cp);
        }
        while (end > begin) {
            int cp = word.codePointBefore(end);
            if (!chars.test(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return word.substring(begin, end);
    }

    /**
     * {@code len(words_refinement(get_words_from_document(doc), strip_chars=stripChars))} without
     * building the words: a word survives stripping exactly when it has a code point outside the set.
     */
    public static long countRefined(String document, IntPredicate stripChars) {
        long count = 0;
        boolean wordSurvives = false;
        int i = 0;
        while (i < document.length()) {
            int cp = document.codePointAt(i);
            i += Character.charCount(cp);
            if (isSeparator(cp)) {
                if (wordSurvives) {
                    count++;
                }
                wordSurvives = false;
            } else if (!wordSurvives && !stripChars.test(cp)) {
                wordSurvives = true;
            }
        }
        return wordSurvives ? count + 1 : count;
    }

    /**
     * {@code merge_on_whitespace_tab_newline} of {@code split_on_newline_tab_whitespace(document)}
     * with only the words {@code keep} accepts: lines split on {@code '\n'}, fields on
     * {@code '\t'}, words on {@code ' '}. Kept words are joined by one space, so runs of spaces
     * collapse, and fields and lines left without words disappear with their separators.
     */
    public static String filterKeepingLayout(String document, Predicate<String> keep) {
        StringBuilder out = new StringBuilder(document.length());
        int lineStart = 0;
        while (lineStart <= document.length()) {
            int lineEnd = document.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = document.length();
            }
            int beforeLine = out.length();
            if (beforeLine > 0) {
                out.append('\n');
            }
            boolean lineHasField = false;
            int fieldStart = lineStart;
            while (fieldStart <= lineEnd) {
                int fieldEnd = document.indexOf('\t', fieldStart);
                if (fieldEnd < 0 || fieldEnd > lineEnd) {
                    fieldEnd = lineEnd;
                }
                int beforeField = out.length();
                if (lineHasField) {
                    out.append('\t');
                }
                if (appendKeptWords(document, fieldStart, fieldEnd, keep, out)) {
                    lineHasField = true;
                } else {
                    out.setLength(beforeField);
                }
                fieldStart = fieldEnd + 1;
            }
            if (!lineHasField) {
                out.setLength(beforeLine);
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    /** Appends the kept words of {@code document[start:end]} joined by spaces; whether there was one. */
    private static boolean appendKeptWords(String document, int start, int end, Predicate<String> keep,
            StringBuilder out) {
        boolean any = false;
        int wordStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || document.charAt(i) == ' ') {
                if (i > wordStart) {
                    String word = document.substring(wordStart, i);
                    if (keep.test(word)) {
                        if (any) {
                            out.append(' ');
                        }
                        out.append(word);
                        any = true;
                    }
                }
                wordStart = i + 1;
            }
        }
        return any;
    }

    private static boolean isSeparator(int c) {
        return c == ' ' || c == '\n' || c == '\t';
    }
}
