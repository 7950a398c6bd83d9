package dev.timeline.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The chart of an HTML chronology: an SVG with an overview band on one linear axis over the whole chronology and,
 * when a cluster of events would crowd a few pixels of it, a second band magnifying that period (see
 * {@link ZoomWindow}). Each event is drawn in exactly one band: in the magnified one if its days lie within the
 * magnified period, else in the overview, where the period shows as a bracket labelled with the number of events it
 * holds. The SVG scales to its container through its {@code viewBox} ({@value #WIDTH} units wide).
 */
final class SvgTimeline {
    static final double WIDTH = 1200;
    private static final double MARGIN = 40;
    private static final double GAP = 34;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private SvgTimeline() {
    }

    /**
     * Appends the {@code <svg id="chart">} element for {@code items}, in time order; appends nothing when there are
     * none. Returns the ids of the events drawn as marks ({@code mk-ID}); the others are counted in a density band.
     */
    static Set<String> write(StringBuilder out, List<ChartItem> items) {
        Set<String> marked = new java.util.HashSet<>();
        if (items.isEmpty()) {
            return marked;
        }
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (ChartItem item : items) {
            first = min(first, item.span().first());
            last = max(last, item.span().last());
        }
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        long pad = Math.max(15, days / 40);
        TimeAxis overview = new TimeAxis(clampToYears(first.minusDays(pad)), clampToYears(last.plusDays(pad)),
                MARGIN, WIDTH - MARGIN);
        Optional<LocalDate[]> zoom = ZoomWindow.find(items.stream().map(ChartItem::span).toList(), overview);

        List<ChartItem> wide = new ArrayList<>();
        List<ChartItem> magnified = new ArrayList<>();
        TimeAxis zoomAxis = zoom.map(z -> new TimeAxis(z[0], z[1], MARGIN, WIDTH - MARGIN)).orElse(null);
        for (ChartItem item : items) {
            boolean inZoom = zoomAxis != null && !item.span().isOpen()
                    && zoomAxis.contains(item.span().first(), item.span().last());
            (inZoom ? magnified : wide).add(item);
        }
        Set<String> gradients = new LinkedHashSet<>();
        StringBuilder bands = new StringBuilder();
        // the years of the events, as the page's summary gives them, not of the padded axis
        String overviewCaption = first.getYear() == last.getYear() ? String.valueOf(first.getYear())
                : first.getYear() + " – " + last.getYear();
        SvgBand.Bracket bracket = zoomAxis == null ? null : new SvgBand.Bracket(zoomAxis.first(), zoomAxis.last(),
                magnified.size() + " events, magnified below ↓");
        SvgBand top = new SvgBand(overview, overviewCaption + " · " + items.size() + " events", wide, bracket,
                gradients, marked);
        double height = top.draw(bands, 0);
        if (zoomAxis != null) {
            double zoomTop = height + GAP;
            bands.append("<polygon class=\"lens\" points=\"")
                    .append(SvgBand.fmt(overview.x(zoomAxis.first()))).append(',').append(SvgBand.fmt(top.axisY()))
                    .append(' ').append(SvgBand.fmt(Math.max(overview.x(zoomAxis.first()) + 4,
                            overview.xEnd(zoomAxis.last())))).append(',').append(SvgBand.fmt(top.axisY()))
                    .append(' ').append(SvgBand.fmt(WIDTH - MARGIN)).append(',').append(SvgBand.fmt(zoomTop))
                    .append(' ').append(SvgBand.fmt(MARGIN)).append(',').append(SvgBand.fmt(zoomTop))
                    .append("\"/>");
            String caption = "Magnified: " + DAY.format(zoomAxis.first()) + " – " + DAY.format(zoomAxis.last())
                    + " · " + magnified.size() + " events";
            height = zoomTop + new SvgBand(zoomAxis, caption, magnified, null, gradients, marked).draw(bands, zoomTop);
        }
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart\" class=\"chart\" viewBox=\"0 0 ")
                .append(SvgBand.fmt(WIDTH)).append(' ').append(SvgBand.fmt(height + 4))
                .append("\" role=\"img\" aria-label=\"Chart of ").append(items.size()).append(" events\">");
        writeGradients(out, gradients);
        out.append(bands).append("</svg>\n");
        return marked;
    }

    /**
     * Writes one horizontal gradient per colour and certain core used: opacity rises from 0.12 at the bar's start to
     * 0.9 at the core's start, and falls back after the core's end.
     */
    private static void writeGradients(StringBuilder out, Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        out.append("<defs>");
        for (String id : ids) {
            String[] parts = id.substring(1).split("-");
            String color = EventColors.PALETTE.get(Integer.parseInt(parts[0]));
            int a = Integer.parseInt(parts[1]);
            int b = Integer.parseInt(parts[2]);
            out.append("<linearGradient id=\"").append(id).append("\">");
            stop(out, 0, color, a == 0 ? 0.9 : 0.12);
            stop(out, a / 10.0, color, 0.9);
            stop(out, b / 10.0, color, 0.9);
            stop(out, 1, color, b == 10 ? 0.9 : 0.12);
            out.append("</linearGradient>");
        }
        out.append("</defs>");
    }

    private static void stop(StringBuilder out, double offset, String color, double opacity) {
        out.append("<stop offset=\"").append(SvgBand.fmt(offset)).append("\" stop-color=\"").append(color)
                .append("\" stop-opacity=\"").append(opacity).append("\"/>");
    }

    private static LocalDate clampToYears(LocalDate d) {
        return min(max(d, LocalDate.of(0, 1, 1)), LocalDate.of(9999, 12, 31));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
