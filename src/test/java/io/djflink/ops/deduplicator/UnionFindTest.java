package io.djflink.ops.deduplicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionFindTest {

    @Test
    void unionIsTransitiveAndTheSmallestMemberIsTheRoot() {
        UnionFind uf = new UnionFind(6);
        uf.union(4, 2);
        uf.union(5, 4);
        uf.union(3, 1);

        assertThat(uf.find(5)).isEqualTo(2);
        assertThat(uf.isRoot(2)).isTrue();
        assertThat(uf.isRoot(4)).isFalse();
        assertThat(uf.isRoot(5)).isFalse();
        assertThat(uf.find(3)).isEqualTo(1);
        assertThat(uf.isRoot(0)).isTrue();

        uf.union(5, 3);
        assertThat(uf.find(2)).isEqualTo(1);
        assertThat(uf.find(4)).isEqualTo(1);
        assertThat(uf.isRoot(1)).isTrue();
        assertThat(uf.isRoot(2)).isFalse();
    }
}
