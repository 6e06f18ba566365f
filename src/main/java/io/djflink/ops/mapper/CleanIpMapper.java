package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;

/**
 * DataJuicer's {@code clean_ip_mapper}: IPv4 addresses and full (uncompressed) IPv6 addresses. The
 * default pattern has no word boundaries and tries the octet alternatives in order, so it cleans
 * parts of longer numbers: {@code 256.1.1.1} becomes {@code 2} (it matches {@code 56.1.1.1}) and
 * {@code 1.2.3.256} becomes {@code 6} (it matches {@code 1.2.3.25}).
 */
public final class CleanIpMapper extends RegexCleaningMapper {

    /** DataJuicer's default pattern, verbatim. */
    static final String DEFAULT_PATTERN = "(?:(?:1[0-9][0-9]\\.)|(?:2[0-4][0-9]\\.)|(?:25[0-5]\\.)|(?:[1-9][0-9]\\.)"
            + "|(?:[0-9]\\.)){3}(?:(?:1[0-9][0-9])|(?:2[0-4][0-9])|(?:25[0-5])|(?:[1-9][0-9])|(?:[0-9]))"
            + "|([\\da-fA-F]{1,4}:){7}[\\da-fA-F]{1,4}";

    public static final OpSpec SPEC = spec("clean_ip_mapper", CleanIpMapper::new, "IP addresses").build();

    public CleanIpMapper(OpArgs args) {
        super(args, DEFAULT_PATTERN);
    }
}
