/**
 * Documents and their loaders: a {@link dev.timeline.document.Document} (an id, its text, perhaps its creation date),
 * read from folders of plain text, JSON Lines and TimeML files ({@link dev.timeline.document.Documents}), with the
 * creation date a header line or a date folder states (a dateline is text, read by the creation-date inference).
 * What every later stage reads: the language layer and the tagger see a document's text, the extraction its creation
 * date.
 */
package dev.timeline.document;
