package io.djflink.ops;

/** Changes one sample in place (DataJuicer {@code Mapper.process_single}). */
public interface Mapper extends Op {

    void process(Sample sample);
}
