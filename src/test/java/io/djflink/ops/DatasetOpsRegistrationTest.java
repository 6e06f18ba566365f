package io.djflink.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetOpsRegistrationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "document_minhash_deduplicator, DEDUPLICATOR",
        "document_simhash_deduplicator, DEDUPLICATOR",
        "random_selector, SELECTOR",
        "topk_specified_field_selector, SELECTOR",
        "frequency_specified_field_selector, SELECTOR",
        "range_specified_field_selector, SELECTOR"})
    void isRegisteredUnderItsDataJuicerNameAndBuildsWithDefaultsAsADatasetOp(String name, OpKind kind) {
        OpSpec spec = OpRegistry.defaults().require(name);
        assertThat(spec.kind()).isEqualTo(kind);
        assertThat(spec.create(Map.of(), "text")).isInstanceOf(DatasetOp.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "document_minhash_deduplicator|",
        "document_simhash_deduplicator|",
        "random_selector|select_num=1",
        "topk_specified_field_selector|field_key=score,topk=1",
        "frequency_specified_field_selector|field_key=score,topk=1",
        "range_specified_field_selector|field_key=score,lower_rank=1,upper_rank=2"})
    void anEmptyDatasetStaysEmpty(String name, String args) {
        Map<String, Object> given = new HashMap<>();
        if (args != null) {
            for (String pair : args.split(",")) {
                String[] kv = pair.split("=");
                given.put(kv[0], kv[1]);
            }
        }
        DatasetOp op = (DatasetOp) OpRegistry.defaults().require(name).create(given, "text");
        assertThat(op.select(List.of()).isEmpty()).isTrue();
    }
}
