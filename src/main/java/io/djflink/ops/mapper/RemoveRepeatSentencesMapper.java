package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.python.PyStr;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.util.HashSet;
import java.util.Set;

/**
 * DataJuicer's {@code remove_repeat_sentences_mapper}: drops every sentence whose key was already
 * seen in the same text, where the key is the stripped sentence, lower-cased if asked and, with
 * {@code ignore_special_character}, reduced to ASCII letters and digits, 一-龥, tab and space.
 * Sentences whose key is shorter than {@code min_repeat_sentence_length} are always kept. A dropped
 * sentence takes its surrounding spaces with it; line breaks stay.
 *
 * <p>Sentences end after {@code . 。 ! ！ ? ？}, after six dots or two ellipses, or after one of those
 * followed by a closing quote, but only where a character other than a closing quote follows
 * (DataJuicer's four substitutions, applied in turn; the follower is consumed, so in {@code a..b}
 * the second dot does not end a sentence).
 */
public final class RemoveRepeatSentencesMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec
            .mapper("remove_repeat_sentences_mapper", RemoveRepeatSentencesMapper::new)
            .description("Removes sentences that repeat an earlier sentence of the same text.")
            .param("lowercase", ParamType.BOOLEAN, false, "compare sentences ignoring case")
            .param("ignore_special_character", ParamType.BOOLEAN, true,
                    "compare only letters, digits and Chinese characters")
            .param("min_repeat_sentence_length", ParamType.INTEGER, 2L,
                    "sentences shorter than this (after the above) are never removed")
            .build();

    /** DataJuicer's {@code split_sentence} substitutions, verbatim; each inserts a line break. */
    private static final PythonRegex[] SENTENCE_ENDS = {
        PythonRegex.compile("([.。！!？\\?])([^’”])", 0),
        PythonRegex.compile("(\\.{6})([^’”])", 0),
        PythonRegex.compile("(\\…{2})([^’”])", 0),
        PythonRegex.compile("([.。!！？\\?\\.{6}\\…{2}][’”])([^’”])", 0),
    };
    private static final PythonReplacement BREAK_BETWEEN = PythonReplacement.parse("\\1\\n\\2", SENTENCE_ENDS[0]);

    private final boolean lowercase;
    private final boolean ignoreSpecialCharacters;
    private final long minLength;

    public RemoveRepeatSentencesMapper(OpArgs args) {
        super(args);
        this.lowercase = args.bool("lowercase");
        this.ignoreSpecialCharacters = args.bool("ignore_special_character");
        this.minLength = args.longValue("min_repeat_sentence_length");
    }

    @Override
    String map(String text) {
        Set<String> seen = new HashSet<>();
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        while (true) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (!line.isEmpty()) {
                appendNewSentences(line, seen, out);
            }
            if (lineEnd < 0) {
                return out.toString();
            }
            out.append('\n');
            lineStart = lineEnd + 1;
        }
    }

    private void appendNewSentences(String line, Set<String> seen, StringBuilder out) {
        String broken = line;
        for (PythonRegex sentenceEnd : SENTENCE_ENDS) {
            broken = sentenceEnd.sub(broken, BREAK_BETWEEN);
        }
        int start = 0;
        while (true) {
            int end = broken.indexOf('\n', start);
            String sentence = broken.substring(start, end < 0 ? broken.length() : end);
            String key = key(sentence);
            if (PyStr.len(key) < minLength || seen.add(key)) {
                out.append(sentence);
            }
            if (end < 0) {
                return;
            }
            start = end + 1;
        }
    }

    private String key(String sentence) {
        String key = PyStr.strip(sentence);
        if (lowercase) {
            key = PyStr.lower(key);
        }
        return ignoreSpecialCharacters ? withoutSpecialCharacters(key) : key;
    }

    /** Removes what {@code [^a-zA-Z0-9\u4e00-\u9fa5\n\t ]} matches. */
    private static String withoutSpecialCharacters(String s) {
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().filter(RemoveRepeatSentencesMapper::isCompared).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isCompared(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || (c >= 0x4E00 && c <= 0x9FA5) || c == '\n' || c == '\t' || c == ' ';
    }
}
