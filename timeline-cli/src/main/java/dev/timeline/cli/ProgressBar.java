package dev.timeline.cli;

import dev.timeline.chronology.ChronologyOptions;
import java.io.PrintWriter;

/** A one-line progress bar on standard error, shown only when it is a terminal. */
final class ProgressBar implements ChronologyOptions.ProgressListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;

    private ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} if the console is a terminal, else a listener that prints nothing. */
    static ChronologyOptions.ProgressListener forTerminal(PrintWriter err) {
        return System.console() != null ? new ProgressBar(err) : (done, total) -> { };
    }

    @Override
    public void progress(int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done == total) {
            err.print("\r" + " ".repeat(WIDTH + 20) + "\r");
        }
        err.flush();
    }
}
