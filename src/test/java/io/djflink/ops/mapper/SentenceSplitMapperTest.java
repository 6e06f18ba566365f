package io.djflink.ops.mapper;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.OpArgumentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceSplitMapperTest {

    @Test
    void isRejectedBecauseItNeedsThePunktModel() {
        assertThatThrownBy(() -> SentenceSplitMapper.SPEC.create(Map.of("lang", "fr"), "text"))
                .isInstanceOf(OpArgumentException.class)
                .hasMessageContaining("sentence_split_mapper").hasMessageContaining("punkt")
                .hasMessageContaining("'fr'").hasMessageContaining("remove the op");
    }

    @Test
    void aWrongParameterIsReportedFirst() {
        assertThatThrownBy(() -> SentenceSplitMapper.SPEC.create(Map.of("language", "en"), "text"))
                .isInstanceOf(OpArgumentException.class).hasMessageContaining("no parameter 'language'");
    }
}
