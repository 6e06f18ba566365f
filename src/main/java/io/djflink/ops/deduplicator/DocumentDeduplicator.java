package io.djflink.ops.deduplicator;

import io.djflink.ops.Deduplicator;
import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import io.djflink.ops.ParamType;
import io.djflink.ops.Sample;
import io.djflink.ops.text.SampleText;
import io.djflink.python.PyStr;
import io.djflink.python.PythonRegex;
import io.djflink.python.PythonReplacement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * DataJuicer's {@code document_deduplicator}: exact duplicates by the MD5 of the text, optionally
 * lower-cased and without whitespace, digits and ASCII punctuation, and always stripped of
 * surrounding whitespace.
 */
public final class DocumentDeduplicator implements Deduplicator {

    /** Where DataJuicer keeps the hash ({@code HashKeys.hash}); a value already there is reused. */
    public static final String HASH_FIELD = "__dj__hash";

    public static final OpSpec SPEC = OpSpec.deduplicator("document_deduplicator", DocumentDeduplicator::new)
            .description("Removes samples whose text is an exact duplicate of an earlier one (MD5).")
            .param("lowercase", ParamType.BOOLEAN, false, "compare texts lower-cased")
            .param("ignore_non_character", ParamType.BOOLEAN, false,
                    "ignore whitespace, digits and ASCII punctuation when comparing")
            .build();

    /** DataJuicer's {@code \s+|\d+|[re.escape(string.punctuation)]}, with Unicode {@code \s} and {@code \d}. */
    private static final String NON_CHARACTER =
            "\\s+|\\d+|[!\"\\#\\$%\\&'\\(\\)\\*\\+,\\-\\./:;<=>\\?@\\[\\\\\\]\\^_`\\{\\|\\}\\~]";

    private final String textKey;
    private final boolean lowercase;
    private final PythonRegex nonCharacter;
    private final PythonReplacement removal;
    private final MessageDigest md5;

    public DocumentDeduplicator(OpArgs args) {
        this.textKey = args.textKey();
        this.lowercase = args.bool("lowercase");
        this.nonCharacter = args.bool("ignore_non_character") ? PythonRegex.compile(NON_CHARACTER, 0) : null;
        this.removal = nonCharacter == null ? null : PythonReplacement.parse("", nonCharacter);
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }

    /** DataJuicer's {@code compute_hash}: the hex MD5 of the normalised text, or the hash the sample already has. */
    @Override
    public String computeHash(Sample sample) {
        if (sample.get(HASH_FIELD) instanceof String existing) {
            return existing;
        }
        String text = SampleText.require(sample, textKey);
        if (lowercase) {
            text = PyStr.lower(text);
        }
        if (nonCharacter != null) {
            text = nonCharacter.sub(text, removal);
        }
        byte[] digest = md5.digest(PyStr.strip(text).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
