package io.djflink.ops;

import java.util.List;

/**
 * A mapper that turns one sample into zero or more samples, in order (DataJuicer's batched mappers
 * that change the row count, such as {@code text_chunk_mapper}).
 */
public interface ExpandingMapper extends Op {

    List<Sample> process(Sample sample);
}
