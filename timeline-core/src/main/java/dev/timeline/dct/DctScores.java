package dev.timeline.dct;

import dev.timeline.time.Precision;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts of one set of articles whose creation dates were hidden and estimated: exact day, within a day, same month,
 * same year, answered, and the articles that print their date. Mutable while counting; not thread-safe.
 */
final class DctScores {
    int articles;
    int answered;
    int exact;
    int withinADay;
    int sameMonth;
    int sameYear;
    int printed;
    int printedExact;
    int absurd;

    /** Counts one article: the estimate (empty for no answer), the true date, the latest true date of its set. */
    void add(Optional<DctInference.Judged> judged, LocalDate truth, LocalDate latestOfSet) {
        articles++;
        if (judged.isEmpty()) {
            return;
        }
        answered++;
        DctEstimate e = judged.get().estimate();
        boolean day = e.precision() == Precision.DAY;
        if (day && e.date().equals(truth)) {
            exact++;
        }
        if (day && Math.abs(ChronoUnit.DAYS.between(e.date(), truth)) <= 1) {
            withinADay++;
        }
        if (e.precision() != Precision.YEAR && e.date().getYear() == truth.getYear()
                && e.date().getMonth() == truth.getMonth()) {
            sameMonth++;
        }
        if (e.date().getYear() == truth.getYear()) {
            sameYear++;
        }
        if (judged.get().kind() == DctCalibration.Kind.PRINTED_DAY) {
            printed++;
            printedExact += e.date().equals(truth) ? 1 : 0;
        } else if (e.date().getYear() < 1900 || e.date().getYear() > latestOfSet.getYear() + 1) {
            absurd++;
        }
    }

    /** Whether an estimate is right at its own precision: the day, the month or the year. */
    static boolean right(DctEstimate e, LocalDate truth) {
        return switch (e.precision()) {
            case YEAR -> e.date().getYear() == truth.getYear();
            case MONTH -> e.date().getYear() == truth.getYear() && e.date().getMonth() == truth.getMonth();
            default -> e.date().equals(truth);
        };
    }

    void addAll(DctScores other) {
        articles += other.articles;
        answered += other.answered;
        exact += other.exact;
        withinADay += other.withinADay;
        sameMonth += other.sameMonth;
        sameYear += other.sameYear;
        printed += other.printed;
        printedExact += other.printedExact;
        absurd += other.absurd;
    }

    static String header() {
        return String.format(Locale.ROOT, "%-28s %6s %7s %7s %7s %7s %9s %11s %7s%n", "set", "docs", "exact",
                "±1 day", "month", "year*", "answered", "printed", "absurd");
    }

    /** One line: the rates in percent of the articles (same year: of the answered), printed: exact of printed. */
    String line(String name) {
        return String.format(Locale.ROOT, "%-28s %6d %7s %7s %7s %7s %9s %11s %7d%n", name, articles,
                pct(exact, articles), pct(withinADay, articles), pct(sameMonth, articles), pct(sameYear, answered),
                pct(answered, articles), printed == 0 ? "-" : pct(printedExact, printed) + " of " + printed, absurd);
    }

    static String pct(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }
}
