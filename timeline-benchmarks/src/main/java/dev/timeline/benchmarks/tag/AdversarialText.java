package dev.timeline.benchmarks.tag;

/** Deterministic adversarial inputs of about one million characters for stressing the tagger. */
enum AdversarialText {
    /** Digit runs of growing length separated by spaces and date-like punctuation. */
    DIGITS {
        @Override
        String build() {
            String digits = "0123456789".repeat(40);
            StringBuilder s = new StringBuilder(SIZE + 512);
            for (int i = 0; s.length() < SIZE; i++) {
                s.append(digits, 0, 1 + (i * 37) % 400).append(i % 3 == 0 ? "/" : i % 3 == 1 ? "-" : " ");
            }
            return s.substring(0, SIZE);
        }
    },
    /** Month names and abbreviations repeated without anything that completes a date. */
    MONTHS {
        @Override
        String build() {
            return repeat("January February March April May June July August September October November December "
                    + "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Oct. Nov. Dec. ");
        }
    },
    /** Dashes and hyphen-joined numbers and words, as in ranges. */
    DASHES {
        @Override
        String build() {
            return repeat("---- 1998-- -01-- -- 12-13-14-15 - late-- mid-1990s-- --- \u2013 \u2014 - 9-to-5 -");
        }
    },
    /** "next next next …": one modifier repeated, then a unit far away. */
    NEXT_NEXT {
        @Override
        String build() {
            return repeat("next ").substring(0, SIZE - 5) + "week.";
        }
    },
    /** A single 100,000-character token, then ordinary text, repeated. */
    LONG_TOKEN {
        @Override
        String build() {
            String token = "a1".repeat(50_000);
            return repeat(token + " on Monday, 3 March 2013, ");
        }
    },
    /** Plausible but dense temporal text: every few words a date, time or duration. */
    DENSE {
        @Override
        String build() {
            return repeat("On Monday March 3 2013 at 3:45 p.m., two weeks ago, the last 24 hours, every Friday, "
                    + "late 2011, the 1990s, Q3, 2013-03-22T10:00, three years later, the next day. ");
        }
    };

    /** The length of every input in UTF-16 chars (all ASCII-like, so about 1 MB). */
    static final int SIZE = 1_000_000;

    abstract String build();

    private static String repeat(String unit) {
        return unit.repeat(SIZE / unit.length() + 1).substring(0, SIZE);
    }
}
