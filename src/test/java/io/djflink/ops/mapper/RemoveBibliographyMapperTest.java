package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected texts are DataJuicer's outputs for the same inputs. */
class RemoveBibliographyMapperTest {

    private static String remove(String text) {
        return map(RemoveBibliographyMapper.SPEC, text);
    }

    @Test
    void removesFromTheFirstMarkerToTheEnd() {
        assertThat(remove("%%\n%% This is file `sample-sigconf.tex',\n\\clearpage\n\\bibliographystyle{ACM-Reference-Format}"
                + "\n\\bibliography{sample-base}\n\\end{document}\n"))
                .isEqualTo("%%\n%% This is file `sample-sigconf.tex',\n\\clearpage\n"
                        + "\\bibliographystyle{ACM-Reference-Format}\n");
        assertThat(remove("text \\bibliography{refs} more \\appendix x")).isEqualTo("text ");
        assertThat(remove("a\\begin{REFERENCES}b")).isEqualTo("a");
        assertThat(remove("中文\\begin{thebibliography}😀")).isEqualTo("中文");
    }

    @Test
    void bibliographyNeedsAClosingBraceSomewhereAfterIt() {
        assertThat(remove("text \\bibliography{ no close")).isEqualTo("text \\bibliography{ no close");
        assertThat(remove("\\begin{references")).isEqualTo("\\begin{references");
    }

    @Test
    void emptyAndLongTexts() {
        assertThat(remove("")).isEmpty();
        String body = "x".repeat(1_000_000);
        assertThat(remove(body + "\\appendix" + body)).isEqualTo(body);
    }
}
