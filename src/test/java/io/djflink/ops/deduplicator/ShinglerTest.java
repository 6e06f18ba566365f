package io.djflink.ops.deduplicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.deduplicator.Shingler.Tokenization;
import org.junit.jupiter.api.Test;

class ShinglerTest {

    @Test
    void spaceTokensSplitOnSpacesOnlyAndDropEmptyOnes() {
        Shingler s = new Shingler(Tokenization.SPACE, 2, false, null);
        assertThat(s.shingles("a  b\nc\td e")).containsExactly("a b\nc\td", "b\nc\td e");
    }

    @Test
    void punctuationTokensKeepEmptyPiecesBetweenMarks() {
        Shingler s = new Shingler(Tokenization.PUNCTUATION, 2, false, null);
        // regex.split(r'\p{P}', "a,,b。") == ['a', '', 'b', '']
        assertThat(s.shingles("a,,b。")).containsExactly("a ", " b", "b ");
    }

    @Test
    void characterShinglesCountCodePoints() {
        Shingler s = new Shingler(Tokenization.CHARACTER, 2, false, null);
        assertThat(s.shingles("a😀b")).containsExactly("a😀", "😀b");
    }

    @Test
    void repeatedShinglesAreKeptInTextOrder() {
        Shingler s = new Shingler(Tokenization.CHARACTER, 1, false, null);
        assertThat(s.shingles("abab")).containsExactly("a", "b", "a", "b");
    }

    @Test
    void fewerTokensThanTheWindowGiveNoShingles() {
        assertThat(new Shingler(Tokenization.SPACE, 5, false, null).shingles("one two three four")).isEmpty();
        assertThat(new Shingler(Tokenization.SPACE, 4, false, null).shingles("one two three four"))
                .containsExactly("one two three four");
        assertThat(new Shingler(Tokenization.CHARACTER, 3, false, null).shingles("")).isEmpty();
    }

    @Test
    void lowerCasesThenRemovesTheIgnorePatternBeforeCutting() {
        Shingler s = new Shingler(Tokenization.SPACE, 2, true, "\\p{P}");
        assertThat(s.shingles("Hello, World! Again.")).containsExactly("hello world", "world again");
    }

    @Test
    void tokenizationNamesAreDataJuicers() {
        assertThat(Tokenization.named("punctuation")).isEqualTo(Tokenization.PUNCTUATION);
        assertThatThrownBy(() -> Tokenization.named("words"))
                .hasMessage("tokenization must be one of space, punctuation, character; got \"words\"");
    }
}
