package io.djflink.ops.media;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the video filters need of a video's first video stream.
 *
 * @param width coded width in pixels, as PyAV's {@code codec_context.width}
 * @param height coded height in pixels
 * @param duration the stream's duration in {@code timescale} units ({@code stream.duration})
 * @param timescale units per second ({@code 1 / stream.time_base})
 */
public record VideoInfo(long width, long height, long duration, long timescale) {

    /**
     * DataJuicer's {@code round(stream.duration * stream.time_base)}: whole seconds, rounding an
     * exact half to the even neighbour, as Python's {@code round} of a {@code Fraction} does.
     */
    public long roundedSeconds() {
        return BigDecimal.valueOf(duration).divide(BigDecimal.valueOf(timescale), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }
}
