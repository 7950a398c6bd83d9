package dev.timeline.tag;

/** How relative expressions ("Thursday", "the next year") of a document are resolved. */
public enum DocumentKind {
    /** Relative expressions resolve against the document creation time, as in a news report. */
    NEWS,
    /** Relative expressions resolve against the last date mentioned, as in a history article. */
    NARRATIVE
}
