package io.djflink.ops.unicode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding as ftfy's {@code utf-8} and {@code utf-8-variants} codecs do it: strict UTF-8
 * (no surrogates, no overlong forms), and in the variant also CESU-8 surrogate pairs
 * ({@code ED A0-AF xx ED B0-BF xx}, one supplementary character) and Java's {@code C0 80} for
 * U+0000.
 */
final class Utf8Variants {

    private Utf8Variants() {
    }

    /** @throws CharacterCodingException for bytes that are not (variant) UTF-8 */
    static String decode(byte[] bytes, boolean variants) throws CharacterCodingException {
        if (!variants) {
            return strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        }
        CharsetDecoder decoder = strictDecoder();
        StringBuilder out = new StringBuilder(bytes.length);
        int plainStart = 0;
        int i = 0;
        while (i < bytes.length) {
            int special = specialSequenceLength(bytes, i);
            if (special == 0) {
                i++;
                continue;
            }
            out.append(decoder.decode(ByteBuffer.wrap(bytes, plainStart, i - plainStart)));
            if (special == 2) {
                out.append('\u0000');
            } else {
                int high = 0xD000 | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
                int low = 0xD000 | ((bytes[i + 4] & 0x3F) << 6) | (bytes[i + 5] & 0x3F);
                out.append((char) high).append((char) low);
            }
            i += special;
            plainStart = i;
        }
        return out.append(decoder.decode(ByteBuffer.wrap(bytes, plainStart, bytes.length - plainStart))).toString();
    }

    /** 6 for a CESU-8 surrogate pair, 2 for {@code C0 80}, 0 otherwise. */
    private static int specialSequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead == 0xC0 && i + 1 < b.length && (b[i + 1] & 0xFF) == 0x80) {
            return 2;
        }
        if (lead == 0xED && i + 5 < b.length && inRange(b[i + 1], 0xA0, 0xAF) && inRange(b[i + 2], 0x80, 0xBF)
                && (b[i + 3] & 0xFF) == 0xED && inRange(b[i + 4], 0xB0, 0xBF) && inRange(b[i + 5], 0x80, 0xBF)) {
            return 6;
        }
        return 0;
    }

    private static boolean inRange(byte b, int low, int high) {
        int v = b & 0xFF;
        return v >= low && v <= high;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
