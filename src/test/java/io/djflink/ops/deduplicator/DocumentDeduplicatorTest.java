package io.djflink.ops.deduplicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Deduplicator;
import io.djflink.ops.OpArgumentException;
import io.djflink.ops.Sample;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected hashes are what DataJuicer's {@code compute_hash} stores for the same texts. */
class DocumentDeduplicatorTest {

    private static String hash(Map<String, Object> args, String text) {
        Deduplicator dedup = (Deduplicator) DocumentDeduplicator.SPEC.create(args, "text");
        return dedup.computeHash(Sample.of("text", text));
    }

    @Test
    void hashIsTheHexMd5OfTheUtf8Text() {
        assertThat(hash(Map.of(), "Today is Sunday and it's a happy day!"))
                .isEqualTo("e6898f65aa380d16f58690368e19fd4b");
        assertThat(hash(Map.of(), "你好，请问你是谁")).isEqualTo("296bc67aad3070c9e30400479dfc6b72");
        assertThat(hash(Map.of(), "😀")).isEqualTo("2a02eac39d716a70ecf37579185927b6");
        assertThat(hash(Map.of(), "")).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void surroundingPythonWhitespaceIsIgnoredButZeroWidthSpaceIsNot() {
        assertThat(hash(Map.of(), "  hello\u3000")).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(hash(Map.of(), "hello")).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(hash(Map.of(), "A\u200b")).isEqualTo("130f26176854362c52625e93ccc42505");
    }

    @Test
    void caseMattersUnlessLowercase() {
        assertThat(hash(Map.of(), "Hello")).isNotEqualTo(hash(Map.of(), "hello"));
        assertThat(hash(Map.of("lowercase", true), "Hello")).isEqualTo(hash(Map.of(), "hello"));
        assertThat(hash(Map.of("lowercase", true), "İ")).isEqualTo("e3ead169b8b6bb24e727346853e1d649");
    }

    @Test
    void ignoreNonCharacterDropsWhitespaceDigitsAndAsciiPunctuation() {
        Map<String, Object> both = Map.of("lowercase", true, "ignore_non_character", true);
        assertThat(hash(both, "Today is sunday and it's a happy day!")).isEqualTo("7f9b1214992f25efc6b4b721f14cb32b");
        assertThat(hash(both, "Today is sunday and it's a happy day?")).isEqualTo("7f9b1214992f25efc6b4b721f14cb32b");
        assertThat(hash(Map.of("ignore_non_character", true), "A 1 b ٣ c\u00a0d"))
                .isEqualTo("30f64f3171b1fa24a1698bdf0b435b19");
    }

    @Test
    void fullwidthPunctuationIsNotIgnored() {
        Map<String, Object> ignore = Map.of("ignore_non_character", true);
        assertThat(hash(ignore, "a，b")).isNotEqualTo(hash(ignore, "ab"));
        assertThat(hash(ignore, "a,b")).isEqualTo(hash(ignore, "ab"));
    }

    @Test
    void reusesAHashTheSampleAlreadyHas() {
        Deduplicator dedup = (Deduplicator) DocumentDeduplicator.SPEC.create(Map.of(), "text");
        Sample sample = Sample.of("text", "anything", DocumentDeduplicator.HASH_FIELD, "precomputed");
        assertThat(dedup.computeHash(sample)).isEqualTo("precomputed");
    }

    @Test
    void missingTextIsAnErrorNamingTheField() {
        Deduplicator dedup = (Deduplicator) DocumentDeduplicator.SPEC.create(Map.of("text_key", "body"), "text");
        assertThatThrownBy(() -> dedup.computeHash(Sample.of("text", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'body' is missing");
    }

    @Test
    void unknownAndMistypedParametersAreRejected() {
        assertThatThrownBy(() -> hash(Map.of("lower_case", true), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("document_deduplicator")
                .hasMessageContaining("lower_case");
        assertThatThrownBy(() -> hash(Map.of("lowercase", "yes"), "x"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("lowercase")
                .hasMessageContaining("a boolean");
    }
}
