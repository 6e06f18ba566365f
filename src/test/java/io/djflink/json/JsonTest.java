package io.djflink.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Part(String file, long rows) {
    }

    @Test
    void readsJsonWithFieldsItDoesNotKnow() throws Exception {
        Part part = Json.mapper().readValue("{\"file\":\"p\",\"rows\":3,\"added_later\":true}", Part.class);
        assertThat(part).isEqualTo(new Part("p", 3));
    }

    @Test
    void writesCompactlyOrIndentedForPeople() throws Exception {
        Map<String, Object> value = Map.of("a", List.of(1));
        assertThat(Json.mapper().writeValueAsString(value)).isEqualTo("{\"a\":[1]}");
        assertThat(new String(Json.pretty().writeValueAsBytes(value), StandardCharsets.UTF_8))
                .isEqualTo("{\n  \"a\" : [ 1 ]\n}");
    }
}
