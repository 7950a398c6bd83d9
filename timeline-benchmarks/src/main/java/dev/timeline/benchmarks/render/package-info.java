/** Benchmarks of the renderers: an HTML page with its chart for a large chronology. */
package dev.timeline.benchmarks.render;
