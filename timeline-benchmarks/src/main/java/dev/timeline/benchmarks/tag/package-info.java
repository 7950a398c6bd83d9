/**
 * JMH benchmarks of the temporal tagger: throughput over about 1 MB of news text, adversarial 1 MB inputs, and
 * construction time. Run with {@code java -jar timeline-benchmarks/target/benchmarks.jar Tag}; the news corpus is
 * read from {@code shared/data/silver} (or {@code shared/data/tbaq}) above the working directory, or from the
 * directory named by the system property {@code timeline.data}.
 */
package dev.timeline.benchmarks.tag;
