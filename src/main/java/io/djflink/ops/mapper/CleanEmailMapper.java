package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;

/**
 * DataJuicer's {@code clean_email_mapper}, whose default pattern is
 * {@code [A-Za-z0-9.\-+_]+@[a-z0-9.\-+_]+\.[a-z]+}. Only a lower-case domain matches, so
 * {@code someone@Example.com} is left alone.
 */
public final class CleanEmailMapper extends RegexCleaningMapper {

    /** DataJuicer's default pattern, found by {@link EmailAddressFinder}. */
    static final String DEFAULT_PATTERN = "[A-Za-z0-9.\\-+_]+@[a-z0-9.\\-+_]+\\.[a-z]+";

    public static final OpSpec SPEC = spec("clean_email_mapper", CleanEmailMapper::new, "email addresses").build();

    public CleanEmailMapper(OpArgs args) {
        super(args, DEFAULT_PATTERN, EmailAddressFinder::new);
    }
}
