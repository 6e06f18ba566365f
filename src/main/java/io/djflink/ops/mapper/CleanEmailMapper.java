package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;

/**
 * DataJuicer's {@code clean_email_mapper}, whose default pattern is
 * {@code [A-Za-z0-9.\-+_]+@[a-z0-9.\-+_]+\.[a-z]+}. Only a lower-case domain matches, so
 * {@code someone@Example.com} is left alone.
 */
public final class CleanEmailMapper extends RegexCleaningMapper {

    /**
     * DataJuicer's default pattern, anchored so that a match is only tried where a run of address
     * characters starts (or where the previous match ended): a match starting inside a run would end
     * at the same {@code @} and domain, so it exists only if one from the start of the run does.
     * Python's regex module skips hopeless starts by itself; without the anchor Java would rescan
     * every long run of letters and digits from each of its positions.
     */
    static final String DEFAULT_PATTERN =
            "(?:(?<![A-Za-z0-9.\\-+_])|\\G)[A-Za-z0-9.\\-+_]++@[a-z0-9.\\-+_]+\\.[a-z]+";

    public static final OpSpec SPEC = spec("clean_email_mapper", CleanEmailMapper::new, "email addresses").build();

    public CleanEmailMapper(OpArgs args) {
        super(args, DEFAULT_PATTERN);
    }
}
