package dev.timeline.time;

import java.util.EnumSet;

/**
 * Which Allen relations two fuzzy day intervals allow, in constant time.
 *
 * <p>Each interval is {@code [s, e]} with {@code lo <= s <= e <= hi}; an exact interval fixes {@code s = lo} and
 * {@code e = hi}. Each relation is a conjunction of difference constraints on the four end points; it is possible
 * iff the constraint graph on five nodes (a zero node and a1, a2, b1, b2) has no negative cycle, which
 * Floyd–Warshall decides in a fixed number of steps. Integer bounds make real and integer feasibility agree.
 */
final class FuzzyRelations {
    private static final int Z = 0;
    private static final int A1 = 1;
    private static final int A2 = 2;
    private static final int B1 = 3;
    private static final int B2 = 4;
    private static final long INF = Long.MAX_VALUE / 4;

    private FuzzyRelations() {
    }

    static EnumSet<AllenRelation> possible(long aLo, long aHi, boolean aExact, long bLo, long bHi, boolean bExact) {
        long[][] base = new long[5][5];
        for (long[] row : base) {
            java.util.Arrays.fill(row, INF);
        }
        for (int i = 0; i < 5; i++) {
            base[i][i] = 0;
        }
        bound(base, A1, aLo, aExact ? aLo : aHi);
        bound(base, A2, aExact ? aHi : aLo, aHi);
        bound(base, B1, bLo, bExact ? bLo : bHi);
        bound(base, B2, bExact ? bHi : bLo, bHi);
        le(base, A1, A2, 0);
        le(base, B1, B2, 0);
        EnumSet<AllenRelation> result = EnumSet.noneOf(AllenRelation.class);
        for (AllenRelation r : AllenRelation.values()) {
            long[][] g = copy(base);
            constrain(g, r);
            if (feasible(g)) {
                result.add(r);
            }
        }
        return result;
    }

    /** Adds the constraints of {@code r} as "a r b". */
    private static void constrain(long[][] g, AllenRelation r) {
        switch (r) {
            case BEFORE -> le(g, A2, B1, -2);
            case MEETS -> eq(g, A2, B1, -1);
            case OVERLAPS -> {
                le(g, A1, B1, -1);
                le(g, B1, A2, 0);
                le(g, A2, B2, -1);
            }
            case STARTS -> {
                eq(g, A1, B1, 0);
                le(g, A2, B2, -1);
            }
            case DURING -> {
                le(g, B1, A1, -1);
                le(g, A2, B2, -1);
            }
            case FINISHES -> {
                eq(g, A2, B2, 0);
                le(g, B1, A1, -1);
            }
            case EQUALS -> {
                eq(g, A1, B1, 0);
                eq(g, A2, B2, 0);
            }
            case FINISHED_BY -> {
                eq(g, A2, B2, 0);
                le(g, A1, B1, -1);
            }
            case CONTAINS -> {
                le(g, A1, B1, -1);
                le(g, B2, A2, -1);
            }
            case STARTED_BY -> {
                eq(g, A1, B1, 0);
                le(g, B2, A2, -1);
            }
            case OVERLAPPED_BY -> {
                le(g, B1, A1, -1);
                le(g, A1, B2, 0);
                le(g, B2, A2, -1);
            }
            case MET_BY -> eq(g, B2, A1, -1);
            case AFTER -> le(g, B2, A1, -2);
            default -> throw new AssertionError(r);
        }
    }

    /** x - y <= c, as an edge y -> x of weight c. */
    private static void le(long[][] g, int x, int y, long c) {
        g[y][x] = Math.min(g[y][x], c);
    }

    /** x - y == c. */
    private static void eq(long[][] g, int x, int y, long c) {
        le(g, x, y, c);
        le(g, y, x, -c);
    }

    private static void bound(long[][] g, int x, long lo, long hi) {
        le(g, x, Z, hi);
        le(g, Z, x, -lo);
    }

    private static long[][] copy(long[][] g) {
        long[][] c = new long[5][];
        for (int i = 0; i < 5; i++) {
            c[i] = g[i].clone();
        }
        return c;
    }

    private static boolean feasible(long[][] d) {
        for (int k = 0; k < 5; k++) {
            for (int i = 0; i < 5; i++) {
                if (d[i][k] >= INF) {
                    continue;
                }
                for (int j = 0; j < 5; j++) {
                    if (d[k][j] < INF && d[i][k] + d[k][j] < d[i][j]) {
                        d[i][j] = d[i][k] + d[k][j];
                    }
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            if (d[i][i] < 0) {
                return false;
            }
        }
        return true;
    }
}
