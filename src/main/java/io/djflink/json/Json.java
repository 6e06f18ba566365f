package io.djflink.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson mapper for dj-flink's own JSON, configured once: Jackson's defaults, except
 * that a reader passes over fields it does not know (a newer writer may add fields within a format
 * version; a change a reader must not miss bumps the version instead, see the format versions
 * next to each file). How one type's JSON looks (snake_case names, absent nulls) is declared on
 * the type with Jackson's annotations, so that it is the same wherever the type is written.
 *
 * <p>The mapper is shared: use it, never reconfigure it.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    /** The shared mapper (compact output). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Indented output, for files people read. */
    public static ObjectWriter pretty() {
        return PRETTY;
    }
}
