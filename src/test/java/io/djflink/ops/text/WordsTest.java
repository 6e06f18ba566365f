package io.djflink.ops.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

    private static final String DJ_PUNCTUATION = "，。、„”“«»１」「《》´∶：？！（）；–—．～’…━〈〉【】％►";

    @Test
    void fromDocumentSplitsOnlyOnSpaceNewlineAndTab() {
        assertThat(Words.fromDocument("a b\tc\nd\re\u00a0f\u3000g"))
                .containsExactly("a", "b", "c", "d\re\u00a0f\u3000g");
    }

    @Test
    void fromDocumentDropsEmptyWords() {
        assertThat(Words.fromDocument("  a \n\n\t b  ")).containsExactly("a", "b");
        assertThat(Words.fromDocument(" \n\t")).isEmpty();
        assertThat(Words.fromDocument("")).isEmpty();
    }

    @Test
    void stripRemovesSetMembersFromBothEndsOnly() {
        assertThat(Words.strip("--a-b--", c -> c == '-')).isEqualTo("a-b");
        assertThat(Words.strip("----", c -> c == '-')).isEmpty();
        assertThat(Words.strip("", c -> true)).isEmpty();
    }

    @Test
    void stripWorksOnCodePointsBeyondTheBmp() {
        assertThat(Words.strip("😀hi👊🏻", SpecialCharacters::contains)).isEqualTo("hi");
    }

    @Test
    void stripBySpecialCharactersStopsAtRatioAndFullwidthPercent() {
        List<String> words = Words.refine(Words.fromDocument(DJ_PUNCTUATION), false, SpecialCharacters::contains);
        assertThat(words).containsExactly("∶：？！（）；–—．～’…━〈〉【】％");
    }

    @Test
    void refineLowerCasesBeforeStrippingSoCapitalGheSurvives() {
        // 'Г' (U+0413) is a special character but its lower case 'г' is not.
        assertThat(Words.refine(List.of("ГГ", "Гa"), false, SpecialCharacters::contains)).containsExactly("a");
        assertThat(Words.refine(List.of("ГГ", "Гa"), true, SpecialCharacters::contains)).containsExactly("гг", "гa");
    }

    @Test
    void refineWithoutStripCharsKeepsEveryWord() {
        assertThat(Words.refine(List.of("A!", "..."), true, null)).containsExactly("a!", "...");
    }

    @Test
    void augmentationAppendsJoinedGroupsPerGroupSize() {
        assertThat(Words.withAugmentation(List.of("a", "b", "c"), List.of(2, 3), ""))
                .containsExactly("a", "b", "c", "ab", "bc", "abc");
        assertThat(Words.withAugmentation(List.of("a"), List.of(2), "_")).containsExactly("a");
    }

    @Test
    void countRefinedEqualsTheSizeOfTheRefinedWordList() {
        String alphabet = " \n\t\r.,!-a中😀Г\u00a0％";
        int[] symbols = alphabet.codePoints().toArray();
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.appendCodePoint(symbols[random.nextInt(symbols.length)]);
            }
            String doc = text.toString();
            assertThat(Words.countRefined(doc, SpecialCharacters::contains)).as(doc)
                    .isEqualTo(Words.refine(Words.fromDocument(doc), false, SpecialCharacters::contains).size());
        }
    }
}
