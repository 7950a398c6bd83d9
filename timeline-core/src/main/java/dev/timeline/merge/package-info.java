/**
 * Merging across documents: the reports of one happening in several articles become one event with every source
 * ({@link dev.timeline.merge.EventMerger}), the more precise date winning, distinct happenings of one article kept
 * apart. Linear in the number of events: candidates meet only within blocks of compatible dates.
 */
package dev.timeline.merge;
