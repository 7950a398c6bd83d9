package dev.timeline.benchmarks.chronology;

import dev.timeline.document.Document;
import java.io.IOException;
import java.util.List;

/**
 * One large document of a given size, made of news text or of an adversarial shape, for {@link
 * SingleDocumentBenchmark}. All shapes are ASCII or nearly so, so {@code megabytes} million characters are about as
 * many MB of UTF-8.
 */
enum SingleDocument {
    /** News articles ({@link NewsArticles}) one after another, separated by blank lines, as one document. */
    NEWS {
        @Override
        String unit(int chars) throws IOException {
            StringBuilder s = new StringBuilder(chars + 8_192);
            List<Document> articles = NewsArticles.load(chars / NewsArticles.ARTICLE_BYTES + 200);
            for (Document a : articles) {
                if (s.length() >= chars) {
                    break;
                }
                s.append(a.text()).append("\n\n");
            }
            return s.toString();
        }
    },
    /**
     * News text as one endless line: the news of {@link #NEWS} without full stops, question or exclamation marks, and
     * without line breaks, so that no sentence ever ends.
     */
    ENDLESS {
        @Override
        String unit(int chars) throws IOException {
            return NEWS.unit(chars + chars / 20).replaceAll("[.!?]", "").replaceAll("\\s+", " ");
        }
    },
    /** Long repetition: one news article of about 3 KB repeated, paragraph after paragraph, as one document. */
    REPEAT {
        @Override
        String unit(int chars) throws IOException {
            return NewsArticles.load(1).get(0).text() + "\n\n";
        }
    },
    /** "May May May …": a month name that is also a verb, repeated, never completing a date. */
    MAY {
        @Override
        String unit(int chars) {
            return "May ";
        }
    },
    /** Month names and abbreviations repeated without a sentence end. */
    MONTHS {
        @Override
        String unit(int chars) {
            return "January February March April May June July August September October November December "
                    + "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Oct. Nov. Dec. ";
        }
    },
    /** Plausible but dense temporal text: every few words a date, time or duration, and a happening. */
    DENSE {
        @Override
        String unit(int chars) {
            return "On Monday March 3 2013 at 3:45 p.m., two weeks ago, the president visited Paris; in late 2011 "
                    + "Kim Jong Un took power, and the summit will open next Wednesday. ";
        }
    },
    /** Digit runs and dates without sentence ends: one sentence of the whole document. */
    DIGITS {
        @Override
        String unit(int chars) {
            return "1998-03-12 0123456789 12/13/14 2001 3:45 19 ";
        }
    };

    /** Text repeated (or, for news, concatenated) until the document holds {@code chars} characters. */
    abstract String unit(int chars) throws IOException;

    /** A document of exactly {@code megabytes} million characters of this shape, without a creation date. */
    Document build(int megabytes) throws IOException {
        int chars = megabytes * 1_000_000;
        String unit = unit(chars);
        String text = unit.length() >= chars ? unit.substring(0, chars)
                : unit.repeat(chars / unit.length() + 1).substring(0, chars);
        return Document.of(name().toLowerCase(java.util.Locale.ROOT) + "-" + megabytes + "mb", text);
    }
}
