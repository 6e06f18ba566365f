package io.djflink.ops.unicode;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * ftfy 6.3.1's {@code unescape_html}: replaces {@code &name;}, {@code &#123;} and
 * {@code &#x7B;} (at most 24 letters or digits, the semicolon required) by their characters.
 * Named entities are HTML5's (jsoup knows the same set as Python's {@code html.entities.html5}),
 * plus the all-capitals spelling of lower-case names that no other entity claims, which decodes to
 * the upper-cased character ({@code &EACUTE;} gives É). Numeric references follow Python's
 * {@code html.unescape}: 0x80-0x9F read as Windows-1252, 0 and out-of-range values give U+FFFD,
 * and non-characters and most control characters give nothing. Anything else stays as it is.
 */
final class HtmlEntities {

    private static final Pattern ENTITY = Pattern.compile("&#?[0-9A-Za-z]{1,24};");
    private static final Pattern DECIMAL = Pattern.compile("&#([0-9]+);");
    private static final Pattern HEXADECIMAL = Pattern.compile("&#[xX]([0-9a-fA-F]+);");

    private HtmlEntities() {
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(replacement(m.group())));
    }

    private static String replacement(String reference) {
        String name = reference.substring(1, reference.length() - 1);
        if (!name.startsWith("#")) {
            return named(name, reference);
        }
        Matcher decimal = DECIMAL.matcher(reference);
        if (decimal.matches()) {
            return character(new BigInteger(decimal.group(1)));
        }
        Matcher hexadecimal = HEXADECIMAL.matcher(reference);
        return hexadecimal.matches() ? character(new BigInteger(hexadecimal.group(1), 16)) : reference;
    }

    private static String named(String name, String reference) {
        if (Entities.isNamedEntity(name)) {
            return Entities.getByName(name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.equals(lower.toUpperCase(Locale.ROOT)) && !name.equals(lower) && Entities.isNamedEntity(lower)
                && !hasLegacyPrefix(name)) {
            return Entities.getByName(lower).toUpperCase(Locale.ROOT);
        }
        return reference;
    }

    /**
     * Whether Python's {@code html.unescape} would decode a prefix of {@code &NAME;} as one of the
     * entities allowed without a semicolon (such as {@code &LT}), which rules the capitals out.
     */
    private static boolean hasLegacyPrefix(String name) {
        for (int end = name.length(); end > 1; end--) {
            if (Entities.isBaseNamedEntity(name.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code html._replace_charref} for a number. */
    private static String character(BigInteger number) {
        if (number.bitLength() > 31) {
            return "\uFFFD";
        }
        int value = number.intValue();
        if (value == 0) {
            return "\uFFFD";
        }
        if (value == 0x0D) {
            return "\r";
        }
        if (value >= 0x80 && value <= 0x9F) {
            try {
                return SingleByteEncoding.SLOPPY_WINDOWS_1252.decode(new byte[] {(byte) value});
            } catch (CharacterCodingException e) {
                throw new IllegalStateException("sloppy Windows-1252 decodes every byte", e);
            }
        }
        if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
            return "\uFFFD";
        }
        return isInvalidCodePoint(value) ? "" : Character.toString(value);
    }

    /** Python's {@code html._invalid_codepoints} (those not handled above). */
    private static boolean isInvalidCodePoint(int value) {
        return (value >= 0x01 && value <= 0x08) || value == 0x0B || (value >= 0x0E && value <= 0x1F)
                || value == 0x7F || (value >= 0xFDD0 && value <= 0xFDEF) || (value & 0xFFFE) == 0xFFFE;
    }
}
