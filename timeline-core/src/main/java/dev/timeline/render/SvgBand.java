package dev.timeline.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One horizontal band of the chart: a caption, the events above a time axis, and the axis' tick labels beneath it.
 *
 * <p>Up to {@link #MAX_MARKS} events that fit in {@link #MAX_LANES} lanes are drawn one mark each ({@code <a
 * class="mark">} linking to the event's list entry): a circle for a single known day, a bar for anything longer, with
 * ends that fade and a dashed outline where the date is uncertain, and the title beside it. Bands with more events show
 * their density instead: one column per {@link #COLUMN} units whose height grows with the square root of the number
 * of events centred in it, linking to the first of them.
 */
final class SvgBand {
    static final int MAX_MARKS = 300;
    static final int MAX_LANES = 30;
    static final double COLUMN = 2;
    static final double LANE = 20;
    static final double TOP = 26;
    static final double AXIS_LABELS = 36;
    private static final double CHAR_WIDTH = 6.3;
    /** Of a whole title shown on hover or focus, which is set in semibold. */
    private static final double BOLD_CHAR_WIDTH = 7;
    private static final int LABEL_CHARS = 36;
    /** The fewest characters a label shortened to the room beside its mark keeps; with less room it goes over it. */
    private static final int MIN_LABEL_CHARS = 20;
    private static final double HISTOGRAM = 90;

    private final TimeAxis axis;
    private final String caption;
    private final List<ChartItem> items;
    private final Bracket bracket;
    private final Set<String> gradients;
    private final Set<String> marked;
    private final StringBuilder body = new StringBuilder();
    private double axisY;

    /** A highlighted period with a label, standing for the events magnified in another band. */
    record Bracket(LocalDate first, LocalDate last, String label) {
    }

    /**
     * A mark's pixel extent, label included: its label on its right, on its left ({@code labelLeft}) or, where neither
     * side has room, over the bar ({@code over}).
     */
    private record Placed(ChartItem item, double x0, double x1, double labelX, boolean labelLeft, boolean over,
            String label, double left, double right) {
    }

    SvgBand(TimeAxis axis, String caption, List<ChartItem> items, Bracket bracket, Set<String> gradients,
            Set<String> marked) {
        this.marked = marked;
        this.axis = axis;
        this.caption = caption;
        this.items = items;
        this.bracket = bracket;
        this.gradients = gradients;
    }

    /**
     * Draws the band with its top at {@code y}; returns its height. The gradient ids used, and the ids of the events
     * drawn as marks, are added to the sets given.
     */
    double draw(StringBuilder out, double y) {
        List<Placed> placed = new ArrayList<>();
        int[] lanes = null;
        if (items.size() <= MAX_MARKS) {
            for (ChartItem item : items) {
                placed.add(place(item));
            }
            if (bracket != null) {
                placed.add(placeBracket());
            }
            placed.sort((a, b) -> Double.compare(a.left(), b.left()));
            lanes = packLanes(placed);
        }
        int laneCount = lanes == null ? -1 : Arrays.stream(lanes).max().orElse(-1) + 1;
        if (lanes != null && laneCount <= MAX_LANES) {
            axisY = TOP + Math.max(1, laneCount) * LANE + 4;
            for (int i = 0; i < placed.size(); i++) {
                drawMark(placed.get(i), TOP + (laneCount - 1 - lanes[i]) * LANE + LANE / 2);
            }
        } else {
            axisY = TOP + HISTOGRAM + 4;
            drawHistogram();
            if (bracket != null) {
                drawBracket(TOP + 4, axisY - TOP - 4, null);
            }
        }
        out.append("<g class=\"band\" transform=\"translate(0,").append(fmt(y)).append(")\">");
        out.append("<text class=\"caption\" x=\"").append(fmt(axis.left())).append("\" y=\"16\">");
        Html.escape(out, caption).append("</text>");
        out.append("<line class=\"axis\" x1=\"").append(fmt(axis.left())).append("\" x2=\"").append(fmt(axis.right()))
                .append("\" y1=\"").append(fmt(axisY)).append("\" y2=\"").append(fmt(axisY)).append("\"/>");
        for (TimeAxis.Tick t : axis.ticks()) {
            out.append("<line class=\"tick\" x1=\"").append(fmt(t.x())).append("\" x2=\"").append(fmt(t.x()))
                    .append("\" y1=\"").append(fmt(axisY)).append("\" y2=\"").append(fmt(axisY + (t.row() == 0 ? 5 : 9)))
                    .append("\"/><text class=\"tl r").append(t.row()).append("\" x=\"").append(fmt(t.x()))
                    .append("\" y=\"").append(fmt(axisY + 16 + 14 * t.row())).append("\">").append(t.label())
                    .append("</text>");
        }
        out.append(body).append("</g>");
        return axisY + AXIS_LABELS;
    }

    /** The y of the axis within the band, valid after {@link #draw}. */
    double axisY() {
        return axisY;
    }

    private Placed place(ChartItem item) {
        CalendarSpan s = item.span();
        double x0 = s.openBefore() ? axis.left() : axis.x(s.first());
        double x1 = s.openAfter() ? axis.right() : axis.xEnd(s.last());
        if (x1 - x0 < 6) { // too short to see: widen around its middle
            double mid = (x0 + x1) / 2;
            x0 = mid - 3;
            x1 = mid + 3;
        }
        String title = item.event().title();
        return withLabel(item, x0, x1, shorten(title, LABEL_CHARS));
    }

    private Placed placeBracket() {
        double x0 = axis.x(bracket.first());
        double x1 = Math.max(x0 + 4, axis.xEnd(bracket.last()));
        return withLabel(null, x0, x1, bracket.label());
    }

    /**
     * The mark from {@code x0} to {@code x1} with its label on its right where the label fits inside the chart, else on
     * its left; where neither side holds it (a bar across most of the axis), shortened to the roomier side, or over
     * the bar when that side holds fewer than {@value #MIN_LABEL_CHARS} characters.
     */
    private Placed withLabel(ChartItem item, double x0, double x1, String label) {
        double width = label.length() * CHAR_WIDTH;
        if (x1 + 5 + width <= SvgTimeline.WIDTH) {
            return new Placed(item, x0, x1, x1 + 5, false, false, label, x0, x1 + 5 + width);
        }
        if (x0 - 5 - width >= 0) {
            return new Placed(item, x0, x1, x0 - 5, true, false, label, x0 - 5 - width, x1);
        }
        double rightRoom = SvgTimeline.WIDTH - x1 - 5;
        double leftRoom = x0 - 5;
        int chars = (int) (Math.max(rightRoom, leftRoom) / CHAR_WIDTH);
        if (chars >= MIN_LABEL_CHARS) {
            String shorter = shorten(label, chars);
            double w = shorter.length() * CHAR_WIDTH;
            return rightRoom >= leftRoom ? new Placed(item, x0, x1, x1 + 5, false, false, shorter, x0, x1 + 5 + w)
                    : new Placed(item, x0, x1, x0 - 5, true, false, shorter, x0 - 5 - w, x1);
        }
        String over = shorten(label, Math.max(MIN_LABEL_CHARS, (int) ((x1 - x0 - 10) / CHAR_WIDTH)));
        return new Placed(item, x0, x1, x0 + 5, false, true, over, x0, x1);
    }

    /** {@code label} cut to at most {@code chars} characters, an ellipsis ending it where it was cut. */
    private static String shorten(String label, int chars) {
        return label.length() <= chars ? label : label.substring(0, Math.max(1, chars - 1)).strip() + "…";
    }

    /** Greedy interval packing: each mark, left to right, goes to the lowest lane where it clears the last one. */
    private static int[] packLanes(List<Placed> placed) {
        int[] lanes = new int[placed.size()];
        List<Double> laneEnds = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) + 8 > p.left()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(p.right());
            } else {
                laneEnds.set(lane, p.right());
            }
            lanes[i] = lane;
        }
        return lanes;
    }

    private void drawMark(Placed p, double yc) {
        if (p.item() == null) {
            body.append("<line class=\"guide\" x1=\"").append(fmt(p.x0())).append("\" x2=\"").append(fmt(p.x0()))
                    .append("\" y1=\"").append(fmt(yc)).append("\" y2=\"").append(fmt(axisY)).append("\"/>");
            drawBracket(yc - 6, 12, p);
            return;
        }
        ChartItem item = p.item();
        String id = item.event().id();
        marked.add(id);
        String color = EventColors.PALETTE.get(item.color());
        body.append("<a class=\"mark\" id=\"").append(Anchors.mark(id)).append("\" href=\"#")
                .append(Anchors.entry(id)).append("\" data-event=\"");
        Html.escape(body, id).append("\"><title>");
        Html.escape(body, Labels.of(item.event().when())).append(" — ");
        Html.escape(body, item.event().title()).append("</title>");
        body.append("<line class=\"guide\" x1=\"").append(fmt(p.x0())).append("\" x2=\"").append(fmt(p.x0()))
                .append("\" y1=\"").append(fmt(yc)).append("\" y2=\"").append(fmt(axisY)).append("\"/>");
        if (item.span().isOneDay()) {
            body.append("<circle class=\"day\" cx=\"").append(fmt((p.x0() + p.x1()) / 2)).append("\" cy=\"")
                    .append(fmt(yc)).append("\" r=\"5\" fill=\"").append(color).append("\"/>");
        } else if (item.isCertain()) {
            bar(p, yc, color, null);
        } else {
            double[] core = item.core(axis, p.x0(), p.x1());
            String gradient = "g" + item.color() + "-" + Math.round(core[0] * 10) + "-" + Math.round(core[1] * 10);
            gradients.add(gradient);
            bar(p, yc, color, gradient);
        }
        String title = item.event().title();
        boolean cut = !p.label().equals(title);
        body.append("<text class=\"lbl").append(p.labelLeft() ? " left" : "").append(p.over() ? " over" : "")
                .append(cut ? " cut" : "")
                .append("\" x=\"").append(fmt(p.labelX())).append("\" y=\"").append(fmt(yc + 4)).append("\">");
        Html.escape(body, p.label()).append("</text>");
        if (cut) {
            fullLabel(p, title, yc + 4);
        }
        body.append("</a>");
    }

    /**
     * The whole title of a mark whose label was shortened, shown instead of the label while the mark has the pointer
     * or the focus (see {@link PageStyle}): on the label's side when it fits inside the chart, else on the other.
     */
    private void fullLabel(Placed p, String title, double y) {
        double width = title.length() * BOLD_CHAR_WIDTH;
        boolean rightFits = p.x1() + 5 + width <= SvgTimeline.WIDTH;
        boolean leftFits = p.x0() - 5 - width >= 0;
        boolean left = p.labelLeft() ? leftFits || !rightFits : !rightFits && leftFits;
        // neither side: over the mark, as far right as keeps it inside the chart
        double x = left ? p.x0() - 5 : rightFits ? p.x1() + 5
                : Math.max(0, Math.min(p.x0() + 5, SvgTimeline.WIDTH - width));
        body.append("<text class=\"lbl full").append(left ? " left" : "").append("\" x=\"")
                .append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\">");
        Html.escape(body, title).append("</text>");
    }

    private void bar(Placed p, double yc, String color, String gradient) {
        body.append("<rect class=\"").append(gradient == null ? "bar" : "bar fuzzy").append("\" x=\"")
                .append(fmt(p.x0())).append("\" y=\"").append(fmt(yc - 5)).append("\" width=\"")
                .append(fmt(p.x1() - p.x0())).append("\" height=\"10\" rx=\"2\" fill=\"")
                .append(gradient == null ? color : "url(#" + gradient + ")").append("\" stroke=\"").append(color)
                .append("\"/>");
    }

    private void drawBracket(double y, double height, Placed p) {
        double x0 = axis.x(bracket.first());
        double x1 = Math.max(x0 + 4, axis.xEnd(bracket.last()));
        body.append("<g class=\"zoom\"><rect x=\"").append(fmt(x0)).append("\" y=\"").append(fmt(y))
                .append("\" width=\"").append(fmt(x1 - x0)).append("\" height=\"").append(fmt(height)).append("\"/>");
        if (p != null) {
            body.append("<text class=\"lbl").append(p.labelLeft() ? " left" : "").append("\" x=\"")
                    .append(fmt(p.labelX())).append("\" y=\"").append(fmt(y + 10)).append("\">");
            Html.escape(body, p.label()).append("</text>");
        }
        body.append("</g>");
    }

    private void drawHistogram() {
        double width = Math.max(COLUMN, axis.x(1) - axis.x(0)); // a column a day once days are wider than that
        int columns = (int) Math.ceil((axis.right() - axis.left()) / width);
        int[] counts = new int[columns];
        int[] firstStarting = new int[columns];
        Arrays.fill(firstStarting, -1);
        for (int i = 0; i < items.size(); i++) {
            CalendarSpan s = items.get(i).span();
            // one count per event, at the middle of its days (an open-ended one at its known bound), so that long
            // and open spans do not flood every column they cross
            int c = column((axis.x(s.first()) + axis.xEnd(s.last())) / 2, columns, width);
            counts[c]++;
            if (firstStarting[c] < 0) {
                firstStarting[c] = i;
            }
        }
        int max = Math.max(1, Arrays.stream(counts).max().orElse(1));
        double sqrtMax = Math.sqrt(max);
        for (int c = 0; c < columns; c++) {
            if (counts[c] == 0) {
                continue;
            }
            double h = Math.max(2, HISTOGRAM * Math.sqrt(counts[c]) / sqrtMax);
            double x = axis.left() + c * width;
            int first = firstStarting[c];
            if (first >= 0) {
                body.append("<a href=\"#").append(Anchors.entry(items.get(first).event().id())).append("\">");
            }
            body.append("<rect class=\"col\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(axisY - h))
                    .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(h))
                    .append("\"><title>").append(counts[c]).append(counts[c] == 1 ? " event, " : " events, ")
                    .append(axis.dayAt(x)).append(" – ").append(axis.dayAt(x + width - 1e-6))
                    .append("</title></rect>");
            if (first >= 0) {
                body.append("</a>");
            }
        }
    }

    private int column(double x, int columns, double width) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - axis.left()) / width)));
    }

    /** Formats a coordinate with at most one decimal, as SVG needs no more at this scale. */
    static String fmt(double v) {
        long tenths = Math.round(v * 10);
        long abs = Math.abs(tenths);
        String whole = (tenths < 0 ? "-" : "") + abs / 10;
        return abs % 10 == 0 ? whole : whole + "." + abs % 10;
    }
}
