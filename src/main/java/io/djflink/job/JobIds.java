package io.djflink.job;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** DataJuicer's job ids: {@code YYYYmmdd_HHMMSS_<6 hex>}, UTC. */
public final class JobIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private JobIds() {
    }

    public static String newId() {
        byte[] b = new byte[3];
        RANDOM.nextBytes(b);
        return ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + HexFormat.of().formatHex(b);
    }
}
