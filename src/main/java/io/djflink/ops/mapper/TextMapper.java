package io.djflink.ops.mapper;

import io.djflink.ops.Mapper;
import io.djflink.ops.OpArgs;
import io.djflink.ops.Sample;
import io.djflink.ops.text.SampleText;

/** A mapper that rewrites the text field and nothing else. */
abstract class TextMapper implements Mapper {

    private final String textKey;

    TextMapper(OpArgs args) {
        this.textKey = args.textKey();
    }

    /** The new text; the same instance when nothing changes. */
    abstract String map(String text);

    @Override
    public final void process(Sample sample) {
        String text = SampleText.require(sample, textKey);
        String mapped = map(text);
        if (mapped != text) {
            sample.put(textKey, mapped);
        }
    }
}
