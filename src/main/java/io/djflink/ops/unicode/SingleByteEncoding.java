package io.djflink.ops.unicode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The single-byte encodings ftfy tries when it suspects UTF-8 read in the wrong encoding, in the
 * order it tries them ({@code CHARMAP_ENCODINGS}), plus strict Windows-1252. ftfy's "sloppy"
 * variants decode the bytes a Windows code page leaves undefined as the Latin-1 characters of the
 * same value, and byte 0x1A as U+FFFD, so that every byte decodes.
 */
enum SingleByteEncoding {
    LATIN_1("ISO-8859-1", false),
    SLOPPY_WINDOWS_1252("windows-1252", true),
    SLOPPY_WINDOWS_1251("windows-1251", true),
    SLOPPY_WINDOWS_1250("windows-1250", true),
    SLOPPY_WINDOWS_1253("windows-1253", true),
    SLOPPY_WINDOWS_1254("windows-1254", true),
    SLOPPY_WINDOWS_1257("windows-1257", true),
    ISO_8859_2("ISO-8859-2", false),
    MACROMAN("x-MacRoman", false),
    CP437("IBM437", false),
    WINDOWS_1252("windows-1252", false);

    /** ftfy's {@code CHARMAP_ENCODINGS}: all but strict Windows-1252. */
    static final List<SingleByteEncoding> CANDIDATES = List.of(LATIN_1, SLOPPY_WINDOWS_1252, SLOPPY_WINDOWS_1251,
            SLOPPY_WINDOWS_1250, SLOPPY_WINDOWS_1253, SLOPPY_WINDOWS_1254, SLOPPY_WINDOWS_1257, ISO_8859_2, MACROMAN,
            CP437);

    private static final char UNDEFINED = '\uFFFF';
    private static final byte SUBSTITUTE = 0x1A;

    private final boolean sloppy;
    /** The character of each byte, {@link #UNDEFINED} where the encoding has none. */
    private final char[] characters = new char[256];
    /** The byte of each non-ASCII character the encoding has, and of U+001A's stand-in. */
    private final Map<Character, Byte> bytes = new HashMap<>();

    SingleByteEncoding(String charsetName, boolean sloppy) {
        this.sloppy = sloppy;
        CharsetDecoder decoder = Charset.forName(charsetName).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0; b < 256; b++) {
            char c;
            try {
                c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
            } catch (CharacterCodingException e) {
                c = sloppy ? (char) b : UNDEFINED;
            }
            characters[b] = b < 0x80 && b != SUBSTITUTE ? (char) b : c;
        }
        if (sloppy) {
            characters[SUBSTITUTE] = '\uFFFD';
        }
        for (int b = 0x80; b < 256; b++) {
            if (characters[b] != UNDEFINED) {
                bytes.put(characters[b], (byte) b);
            }
        }
        bytes.put(characters[SUBSTITUTE], SUBSTITUTE);
    }

    /**
     * ftfy's {@code possible_encoding}: whether every character is ASCII other than U+001A, or what
     * one of the bytes 0x80-0xFF or 0x1A decodes to.
     */
    boolean canEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x80 || c == SUBSTITUTE) && !bytes.containsKey(c)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of a text for which {@link #canEncode} holds. */
    byte[] encode(String text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[i] = c < 0x80 && c != SUBSTITUTE ? (byte) c : bytes.get(c);
        }
        return out;
    }

    /** @throws CharacterCodingException for a byte the encoding leaves undefined */
    String decode(byte[] encoded) throws CharacterCodingException {
        StringBuilder out = new StringBuilder(encoded.length);
        for (byte b : encoded) {
            char c = characters[b & 0xFF];
            if (c == UNDEFINED) {
                throw new CharacterCodingException();
            }
            out.append(c);
        }
        return out.toString();
    }

    boolean isSloppy() {
        return sloppy;
    }
}
