/**
 * Creation dates: the date a document prints about itself ({@link dev.timeline.dct.DctPrintedDates}), else an
 * inference from the dates its text mentions and their tense ({@link dev.timeline.dct.DctInference}), with a
 * confidence calibrated on development data ({@link dev.timeline.dct.DctEstimate}), and the evaluation that measures
 * both ({@link dev.timeline.dct.DctEvaluation}). Reads documents and the tagger's mentions; knows nothing of events.
 */
package dev.timeline.dct;
