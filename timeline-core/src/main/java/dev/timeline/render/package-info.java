/**
 * Renderers: a {@link dev.timeline.chronology.Chronology} as text, Markdown, JSON, a self-contained HTML page with an SVG
 * chart ({@link dev.timeline.render.HtmlRenderer}), TimelineJS 3 JSON ({@link dev.timeline.render.TimelineJsRenderer})
 * or iCalendar ({@link dev.timeline.render.IcsRenderer}). Find them by name with
 * {@link dev.timeline.render.Renderers#forFormat}; add your own through {@code META-INF/services}.
 *
 * <p>All renderers show an open-ended date ("before 2011") on its known bound, labelled as open, and never write
 * {@link java.time.LocalDate#MIN} or {@link java.time.LocalDate#MAX}.
 */
package dev.timeline.render;
