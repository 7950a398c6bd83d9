/**
 * JMH benchmarks of the timeline library. Build with {@code mvn -B package -DskipTests -pl timeline-benchmarks -am}
 * and run with {@code java -jar timeline-benchmarks/target/benchmarks.jar}; they never run in CI.
 */
package dev.timeline.benchmarks;
