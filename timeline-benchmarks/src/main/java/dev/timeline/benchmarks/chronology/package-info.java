/**
 * JMH benchmarks of building a chronology from news articles: DCT inference, event extraction and merging over
 * 1,000 and 10,000 articles of about 3 KB each, in 512 MB of heap. Run with {@code java -jar
 * timeline-benchmarks/target/benchmarks.jar Chronology}; the articles are made from the TEXT of the TimeML files in
 * {@code shared/data/tbaq} and {@code shared/data/silver} above the working directory, or in the directory named by
 * the system property {@code timeline.data}.
 */
package dev.timeline.benchmarks.chronology;
