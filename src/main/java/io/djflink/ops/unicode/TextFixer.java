package io.djflink.ops.unicode;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * ftfy 6.3.1's {@code fix_text} with its default configuration and a chosen Unicode normalization.
 * The text is fixed line by line (a line keeps its {@code \n}; lines longer than a million
 * characters are cut there). Each line goes through these steps, repeated until nothing changes:
 * HTML entities decoded (only while no line so far contained {@code <}: ftfy's "auto" mode),
 * mojibake undone ({@link EncodingFixer}), C1 controls read as Windows-1252, Latin ligatures
 * spelled out, full-width and half-width forms made normal width, curly quotes straightened,
 * {@code \r\n}, {@code \r}, U+2028, U+2029 and U+0085 made {@code \n}, lone surrogates made
 * U+FFFD, terminal escape sequences removed, control characters other than tab, line feed, form
 * feed and carriage return removed (with the byte-order mark, the deprecated format characters
 * U+206A-U+206F and U+FFF9-U+FFFC), and the normalization applied.
 */
public final class TextFixer {

    private static final int MAX_DECODE_LENGTH = 1_000_000;
    private static final Pattern TERMINAL_ESCAPE = Pattern.compile("\u001B\\[(?:\\d|;)*[a-zA-Z]",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final Normalizer.Form normalization;

    public TextFixer(Normalizer.Form normalization) {
        this.normalization = normalization;
    }

    public String fix(String text) {
        StringBuilder out = null;
        boolean unescapeHtml = true;
        int pos = 0;
        while (pos < text.length()) {
            int lineEnd = text.indexOf('\n', pos) + 1;
            if (lineEnd == 0) {
                lineEnd = text.length();
            }
            if (text.codePointCount(pos, lineEnd) > MAX_DECODE_LENGTH) {
                lineEnd = text.offsetByCodePoints(pos, MAX_DECODE_LENGTH);
            }
            String line = text.substring(pos, lineEnd);
            if (line.indexOf('<') >= 0) {
                unescapeHtml = false;
            }
            String fixed = fixLine(line, unescapeHtml);
            if (out == null && !fixed.equals(line)) {
                out = new StringBuilder(text.length()).append(text, 0, pos);
            }
            if (out != null) {
                out.append(fixed);
            }
            pos = lineEnd;
        }
        return out == null ? text : out.toString();
    }

    private String fixLine(String line, boolean unescapeHtml) {
        String text = line;
        while (true) {
            String before = text;
            if (unescapeHtml) {
                text = HtmlEntities.unescape(text);
            }
            text = EncodingFixer.fix(text);
            text = EncodingFixer.fixC1Controls(text);
            text = CharacterFixes.spellOutLatinLigatures(text);
            text = CharacterFixes.normalizeWidth(text);
            text = CharacterFixes.uncurlQuotes(text);
            text = CharacterFixes.unifyLineBreaks(text);
            text = CharacterFixes.replaceLoneSurrogates(text);
            text = TERMINAL_ESCAPE.matcher(text).replaceAll("");
            text = CharacterFixes.removeControlCharacters(text);
            text = Normalizer.normalize(text, normalization);
            if (text.equals(before)) {
                return text;
            }
        }
    }
}
