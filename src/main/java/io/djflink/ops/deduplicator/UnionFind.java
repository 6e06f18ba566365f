package io.djflink.ops.deduplicator;

/**
 * DataJuicer's {@code UnionFind} over {@code 0..n-1}: a union makes the smaller of the two roots
 * the parent of both, so every cluster's root is its smallest member.
 */
final class UnionFind {

    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    void union(int x, int y) {
        int rootX = find(x);
        int rootY = find(y);
        int root = Math.min(rootX, rootY);
        parent[rootX] = root;
        parent[rootY] = root;
    }

    /** Whether {@code x} is the smallest member of its cluster. */
    boolean isRoot(int x) {
        return find(x) == x;
    }
}
