package io.djflink.ops.unicode;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ftfy 6.3.1's {@code fix_encoding}: undoes UTF-8 that was decoded in a single-byte encoding,
 * repeatedly, as long as {@link MojibakeHeuristic} finds the text suspicious. One step:
 * <ol>
 *   <li>for the first single-byte encoding (in ftfy's order) that can encode the text and whose
 *       bytes then decode as UTF-8, take that decoding; before decoding, a space that stands for a
 *       lost 0xA0 byte inside a UTF-8 sequence is restored (not for MacRoman), and in the sloppy
 *       encodings sequences whose information was lost become U+FFFD; bytes 0xED or 0xC0 select
 *       the CESU-8 / Java variant of UTF-8;</li>
 *   <li>otherwise, runs of mojibake inside otherwise correct text are fixed one by one;</li>
 *   <li>otherwise, text that is Latin-1 is read as Windows-1252 if that decodes (ftfy means to
 *       skip this when Windows-1252 could encode the text too, but its check never succeeds);</li>
 *   <li>otherwise, C1 control characters become their Windows-1252 characters.</li>
 * </ol>
 */
final class EncodingFixer {

    private static final String CONTINUATION = "\u0080-\u00BF \u0104\u00C6\u013D\u0141\u00D8\u0156\u015A\u0160\u015E"
            + "\u0164\u0178\u0179\u017D\u017B\u0152\u0105\u00E6\u0192\u013E\u0142\u00F8\u0157\u015B\u0161\u015F\u0165"
            + "\u017A\u017E\u017C\u0153\u02C6\u02C7\u02D8\u02DB\u02DC\u02DD\u0384\u0385\u0386\u0388\u0389\u038A\u038C"
            + "\u038E\u038F\u0401\u0402\u0403\u0404\u0405\u0406\u0407\u0408\u0409\u040A\u040B\u040C\u040E\u040F\u0451"
            + "\u0452\u0453\u0454\u0455\u0456\u0457\u0458\u0459\u045A\u045B\u045C\u045E\u045F\u0490\u0491\u2013\u2014"
            + "\u2015\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2116\u2122";
    private static final String STRICT_CONTINUATION = "\u0080-\u00BF\u0104\u00C6\u013D\u0141\u00D8\u0156\u015A"
            + "\u0160\u015E\u0164\u0178\u0179\u017D\u017B\u0152\u0105\u00E6\u0192\u013E\u0142\u00F8\u0157\u015B\u0161"
            + "\u015F\u0165\u017A\u017E\u017C\u0153\u02C6\u02C7\u02D8\u02DB\u02DC\u02DD\u0384\u0385\u0386\u0388\u0389"
            + "\u038A\u038C\u038E\u038F\u0401\u0402\u0403\u0404\u0405\u0406\u0407\u0408\u0409\u040A\u040B\u040C\u040E"
            + "\u040F\u0451\u0452\u0453\u0454\u0455\u0456\u0457\u0458\u0459\u045A\u045B\u045C\u045E\u045F\u0490\u0491"
            + "\u2020\u2021\u2030\u2039\u203A\u20AC\u2116\u2122";
    private static final String FIRST_OF_2 = "\u0102\u00C2\u00C4\u0100\u00C5\u00C3\u00C6\u0106\u010C\u00C7\u010E"
            + "\u0110\u00C9\u011A\u00CA\u00CB\u0116\u00C8\u0112\u0118\u00D0\u011E\u0122\u00CD\u00CE\u00CF\u0130\u00CC"
            + "\u012A\u0136\u0139\u013B\u0141\u0143\u0147\u0145\u00D1\u00D3\u00D4\u00D6\u0150\u00D2\u014C\u00D8\u00D5"
            + "\u0158\u015A\u0160\u015E\u0162\u00DE\u00DA\u00DB\u00DC\u0170\u00D9\u016A\u0172\u016E\u00DD\u0179\u017D"
            + "\u017B\u00DF\u00D7\u0392\u0393\u0394\u0395\u0396\u0397\u0398\u0399\u039A\u039B\u039C\u039D\u039E\u039F"
            + "\u03A0\u03A1\u03A3\u03A4\u03A5\u03A6\u03A7\u03A8\u03A9\u03AA\u03AB\u03AC\u03AD\u03AE\u03AF\u0412\u0413"
            + "\u0414\u0415\u0416\u0417\u0418\u0419\u041A\u041B\u041C\u041D\u041E\u041F\u0420\u0421\u0422\u0423\u0424"
            + "\u0425\u0426\u0427\u0428\u0429\u042A\u042B\u042C\u042D\u042E\u042F";
    private static final String FIRST_OF_3 = "\u00E1\u0103\u00E2\u00E4\u00E0\u0101\u0105\u00E5\u00E3\u00E6\u0107"
            + "\u010D\u00E7\u010F\u00E9\u011B\u00EA\u00EB\u0117\u00E8\u0113\u0119\u0123\u00ED\u00EE\u00EF\u00EC\u012B"
            + "\u012F\u0137\u013A\u013C\u0155\u017A\u03B0\u03B1\u03B2\u03B3\u03B4\u03B5\u03B6\u03B7\u03B8\u03B9\u03BA"
            + "\u03BB\u03BC\u03BD\u03BE\u03BF\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043A\u043B"
            + "\u043C\u043D\u043E\u043F";
    private static final String FIRST_OF_4 = "\u0111\u00F0\u011F\u00F3\u0161\u03C0\u03C3\u0440\u0443";

    /** ftfy's {@code UTF8_DETECTOR_RE}: runs of what look like UTF-8 sequences decoded one byte a character. */
    private static final Pattern UTF8_RUN = Pattern.compile("(?<![" + STRICT_CONTINUATION + "])(?:["
            + FIRST_OF_2 + "][" + CONTINUATION + "]|[" + FIRST_OF_3 + "][" + CONTINUATION + "]{2}|[" + FIRST_OF_4
            + "][" + CONTINUATION + "]{3})+");
    private static final Pattern C1_CONTROL = Pattern.compile("[\u0080-\u009F]");

    // The byte patterns below work on bytes held as Latin-1 text, one character a byte.
    /** A UTF-8 sequence with a space where its 0xA0 byte was (ftfy's {@code ALTERED_UTF8_RE}). */
    private static final Pattern ALTERED_UTF8 = Pattern.compile("[\u00C2\u00C3\u00C5\u00CE\u00D0\u00D9][ ]"
            + "|[\u00E2\u00E3][ ][\u0080-\u0084\u0086-\u009F\u00A1-\u00BF]"
            + "|[\u00E0-\u00E3][\u0080-\u0084\u0086-\u009F\u00A1-\u00BF][ ]"
            + "|[\u00F0][ ][\u0080-\u00BF][\u0080-\u00BF]|[\u00F0][\u0080-\u00BF][ ][\u0080-\u00BF]"
            + "|[\u00F0][\u0080-\u00BF][\u0080-\u00BF][ ]");
    private static final Pattern A_GRAVE_WORD = Pattern.compile("\u00C3 (?! |quele|quela|quilo|s )");
    /** UTF-8 sequences whose bytes became 0x1A or '?' (ftfy's {@code LOSSY_UTF8_RE}). */
    private static final Pattern LOSSY_UTF8 = Pattern.compile("[\u00C2-\u00DF][\u001A]|[\u00C2-\u00C3][?]"
            + "|\u00ED[\u00A0-\u00AF][\u001A?]\u00ED[\u00B0-\u00BF][\u001A?\u0080-\u00BF]"
            + "|\u00ED[\u00A0-\u00AF][\u001A?\u0080-\u00BF]\u00ED[\u00B0-\u00BF][\u001A?]"
            + "|[\u00E0-\u00EF][\u001A?][\u001A\u0080-\u00BF]|[\u00E0-\u00EF][\u001A\u0080-\u00BF][\u001A?]"
            + "|[\u00F0-\u00F4][\u001A?][\u001A\u0080-\u00BF][\u001A\u0080-\u00BF]"
            + "|[\u00F0-\u00F4][\u001A\u0080-\u00BF][\u001A?][\u001A\u0080-\u00BF]"
            + "|[\u00F0-\u00F4][\u001A\u0080-\u00BF][\u001A\u0080-\u00BF][\u001A?]|\u001A");
    /** U+FFFD in UTF-8, as Latin-1 text. */
    private static final String ENCODED_REPLACEMENT = "\u00EF\u00BF\u00BD";

    private EncodingFixer() {
    }

    static String fix(String text) {
        String current = text;
        while (true) {
            String next = fixOneStep(current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
    }

    private static String fixOneStep(String text) {
        if (text.isEmpty() || isAscii(text) || !MojibakeHeuristic.isBad(text)) {
            return text;
        }
        List<SingleByteEncoding> possible = new ArrayList<>();
        for (SingleByteEncoding encoding : SingleByteEncoding.CANDIDATES) {
            if (!encoding.canEncode(text)) {
                continue;
            }
            possible.add(encoding);
            String decoded = decodeAsUtf8(encoding.encode(text), encoding);
            if (decoded != null) {
                return decoded;
            }
        }
        if (UTF8_RUN.matcher(text).find()) {
            String fixed = fixRuns(text);
            if (!fixed.equals(text)) {
                return fixed;
            }
        }
        if (possible.contains(SingleByteEncoding.LATIN_1)) {
            try {
                return SingleByteEncoding.WINDOWS_1252.decode(SingleByteEncoding.LATIN_1.encode(text));
            } catch (CharacterCodingException e) {
                // some byte is undefined in Windows-1252: leave the C1 characters to the next rule
            }
        }
        return C1_CONTROL.matcher(text).find() ? fixC1Controls(text) : text;
    }

    /** The UTF-8 reading of the bytes, after ftfy's transcoding fixes; {@code null} when they are not UTF-8. */
    private static String decodeAsUtf8(byte[] bytes, SingleByteEncoding encoding) {
        String asLatin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        if (encoding != SingleByteEncoding.MACROMAN && ALTERED_UTF8.matcher(asLatin1).find()) {
            asLatin1 = restoreByteA0(asLatin1);
        }
        if (encoding.isSloppy()) {
            asLatin1 = LOSSY_UTF8.matcher(asLatin1).replaceAll(ENCODED_REPLACEMENT);
        }
        boolean variants = asLatin1.indexOf('\u00ED') >= 0 || asLatin1.indexOf('\u00C0') >= 0;
        try {
            return Utf8Variants.decode(asLatin1.getBytes(StandardCharsets.ISO_8859_1), variants);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String restoreByteA0(String bytes) {
        String restored = A_GRAVE_WORD.matcher(bytes).replaceAll("\u00C3\u00A0 ");
        return ALTERED_UTF8.matcher(restored).replaceAll(m -> Matcher.quoteReplacement(m.group().replace(' ', '\u00A0')));
    }

    /** ftfy's {@code decode_inconsistent_utf8}: fixes each suspicious run that is not the whole text. */
    private static String fixRuns(String text) {
        int length = text.codePointCount(0, text.length());
        return UTF8_RUN.matcher(text).replaceAll(m -> {
            String run = m.group();
            boolean fixable = run.codePointCount(0, run.length()) < length && MojibakeHeuristic.isBad(run);
            return Matcher.quoteReplacement(fixable ? fix(run) : run);
        });
    }

    /** ftfy's {@code fix_c1_controls}: each C1 control becomes its Windows-1252 character. */
    static String fixC1Controls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                try {
                    out.append(SingleByteEncoding.SLOPPY_WINDOWS_1252.decode(new byte[] {(byte) c}));
                } catch (CharacterCodingException e) {
                    throw new IllegalStateException("sloppy Windows-1252 decodes every byte", e);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
