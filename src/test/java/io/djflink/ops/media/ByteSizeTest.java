package io.djflink.ops.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void aNumberAloneIsBytes() {
        assertThat(ByteSize.parse("0")).isZero();
        assertThat(ByteSize.parse("1024")).isEqualTo(1024);
    }

    @Test
    void unitsAreBinaryCaseInsensitiveAndMayCarryAnI() {
        assertThat(ByteSize.parse("1KB")).isEqualTo(1024);
        assertThat(ByteSize.parse("1kib")).isEqualTo(1024);
        assertThat(ByteSize.parse("10 MB")).isEqualTo(10L << 20);
        assertThat(ByteSize.parse("3MiB")).isEqualTo(3L << 20);
        assertThat(ByteSize.parse("2gb")).isEqualTo(2L << 30);
        assertThat(ByteSize.parse("1TB")).isEqualTo(1L << 40);
        assertThat(ByteSize.parse("1PiB")).isEqualTo(1L << 50);
    }

    @Test
    void sizesBeyondTheLargestLongAreCappedThere() {
        assertThat(ByteSize.parse("7EB")).isEqualTo(7L << 60);
        assertThat(ByteSize.parse("8EB")).isEqualTo(Long.MAX_VALUE);
        assertThat(ByteSize.parse("1YB")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aFractionIsRefusedBecauseDataJuicerWouldDropItsPoint() {
        assertThatThrownBy(() -> ByteSize.parse("1.5MB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1.5MB'").hasMessageContaining("1536KB");
    }

    @Test
    void anUnknownUnitOrNoNumberIsAnErrorListingTheUnits() {
        assertThatThrownBy(() -> ByteSize.parse("100B")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit 'B'").hasMessageContaining("KiB");
        assertThatThrownBy(() -> ByteSize.parse("MB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no number");
    }
}
