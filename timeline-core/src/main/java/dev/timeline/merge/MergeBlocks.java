package dev.timeline.merge;

import dev.timeline.time.When;
import dev.timeline.timeline.Event;
import dev.timeline.timeline.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clusters of one merging pass, blocked by merge group and year ({@code keys}), and the first cluster, in the
 * order they were made, that accepts an event: what testing every cluster of the event's blocks in turn would find.
 *
 * <p>One long document is not quadratic: its happenings stay apart unless on one same day, so a block all of whose
 * clusters hold a member of the event's document can only take the event into a cluster whose members from that
 * document all have the event's day, and those are looked up, not searched for. Elsewhere a cheap test
 * ({@link MergeCluster#excludedByDocument}) skips clusters before the full one.
 */
final class MergeBlocks {
    private final Map<String, List<MergeCluster>> blocks = new HashMap<>();
    /** Block → document → how many of the block's clusters hold a member of the document. */
    private final Map<String, Map<String, Integer>> holding = new HashMap<>();
    /** (block, document, day) → the block's clusters whose members from the document all have that day. */
    private final Map<List<Object>, List<MergeCluster>> byDay = new HashMap<>();
    private final Map<MergeCluster, Integer> order = new IdentityHashMap<>();
    private final Map<MergeCluster, List<String>> keysOf = new IdentityHashMap<>();
    private final List<MergeCluster> clusters = new ArrayList<>();

    /** The clusters made so far, in the order they were made. */
    List<MergeCluster> clusters() {
        return clusters;
    }

    /** Puts {@code e} into the first cluster of its blocks that accepts it, or into a new one. */
    void place(Event e, List<String> keys) {
        MergeCluster.Candidate candidate = MergeCluster.Candidate.of(e);
        MergeCluster home = null;
        for (String key : keys) {
            home = first(key, candidate);
            if (home != null) {
                break;
            }
        }
        if (home == null) {
            home = new MergeCluster();
            order.put(home, clusters.size());
            clusters.add(home);
            keysOf.put(home, List.copyOf(keys));
            for (String key : keys) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(home);
            }
        }
        List<String> newDocuments = new ArrayList<>();
        for (Source s : e.sources()) {
            if (!home.hasDocument(s.documentId()) && !newDocuments.contains(s.documentId())) {
                newDocuments.add(s.documentId());
            }
        }
        home.add(candidate);
        for (String doc : newDocuments) {
            for (String key : keysOf.get(home)) {
                holding.computeIfAbsent(key, k -> new HashMap<>()).merge(doc, 1, Integer::sum);
                if (EventMerger.width(e) == 0) {
                    // a cluster's times from one document never change once it holds it on one day
                    byDay.computeIfAbsent(List.of(key, doc, e.when()), k -> new ArrayList<>()).add(home);
                }
            }
        }
    }

    private MergeCluster first(String key, MergeCluster.Candidate candidate) {
        Event e = candidate.event();
        List<MergeCluster> block = blocks.getOrDefault(key, List.of());
        Map<String, Integer> held = holding.getOrDefault(key, Map.of());
        for (Source s : e.sources()) {
            if (held.getOrDefault(s.documentId(), 0) == block.size() && !block.isEmpty()) {
                return firstHoldingDay(key, s.documentId(), candidate);
            }
        }
        for (MergeCluster c : block) {
            if (!c.excludedByDocument(e) && c.accepts(candidate)) {
                return c;
            }
        }
        return null;
    }

    /** The first cluster of the block that accepts {@code candidate}, each of them holding a member of {@code doc}. */
    private MergeCluster firstHoldingDay(String key, String doc, MergeCluster.Candidate candidate) {
        Event e = candidate.event();
        if (EventMerger.width(e) != 0) {
            return null;
        }
        MergeCluster best = null;
        for (MergeCluster c : byDay.getOrDefault(List.of(key, doc, e.when()), List.of())) {
            When only = c.timesOf(doc).size() == 1 ? c.timesOf(doc).iterator().next() : null;
            if (e.when().equals(only) && (best == null || order.get(c) < order.get(best)) && c.accepts(candidate)) {
                best = c;
            }
        }
        return best;
    }
}
