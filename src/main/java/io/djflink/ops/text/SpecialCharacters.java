package io.djflink.ops.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * DataJuicer's {@code SPECIAL_CHARACTERS} ({@code ops/common/special_characters.py}): ASCII
 * punctuation, digits and whitespace, 189 other symbols and the emoji of emoji 2.2.0.
 *
 * <p>DataJuicer only ever tests single characters against the set ({@code c in SPECIAL_CHARACTERS},
 * stripping words), so multi-code-point emoji sequences can never match and only the 1,618
 * single-code-point members are kept. They are read from
 * {@code dj_special_characters_single_codepoints.txt}, one {@code U+XXXX} a line.
 */
public final class SpecialCharacters {

    static final String RESOURCE = "dj_special_characters_single_codepoints.txt";

    private static final BitSet MEMBERS = load();

    private SpecialCharacters() {
    }

    public static boolean contains(int codePoint) {
        return MEMBERS.get(codePoint);
    }

    /** The number of members (1,618). */
    public static int size() {
        return MEMBERS.cardinality();
    }

    private static BitSet load() {
        InputStream in = SpecialCharacters.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing from the class path");
        }
        BitSet members = new BitSet(0x20000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!line.startsWith("U+")) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected U+XXXX, got '"
                            + line + "'");
                }
                members.set(Integer.parseInt(line.substring(2), 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return members;
    }
}
