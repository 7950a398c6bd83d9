/** Benchmarks of story timelines: a story's coverage summarized. */
package dev.timeline.benchmarks.story;
