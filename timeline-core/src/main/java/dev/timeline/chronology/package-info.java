/**
 * Chronologies: the whole pipeline from documents to one merged timeline ({@link dev.timeline.chronology.Chronologies}
 * with its {@link dev.timeline.chronology.ChronologyOptions}): creation dates, time expressions, events, anchors,
 * merging. The {@link dev.timeline.chronology.Chronology} it returns holds the timeline and what was inferred on the
 * way.
 */
package dev.timeline.chronology;
