/**
 * Chronology events of one document: the happenings its dated sentences report, found by the learned event
 * recognizer and anchorer ({@code dev.timeline.event}) and by the older trigger lexicon, each with a title from its
 * clause, its participants and places, and its sources ({@link dev.timeline.happening.EventExtractor}). Reads the
 * document, its creation date and the tagger's mentions; merging across documents comes after, in
 * {@code dev.timeline.merge}.
 */
package dev.timeline.happening;
