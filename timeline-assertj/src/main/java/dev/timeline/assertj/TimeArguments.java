package dev.timeline.assertj;

import dev.timeline.time.TimeValueParseException;
import dev.timeline.time.When;
import java.util.Arrays;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertionInfo;
import org.assertj.core.internal.Failures;

/**
 * Reads the time values tests give as strings. A typo is a failed assertion, not an exception, so that soft
 * assertions report it as one more failure and keep the ones already collected.
 */
final class TimeArguments {
    private TimeArguments() {
    }

    /** Parses {@code text} with {@link When#parse}, failing the assertion described by {@code info} if it cannot. */
    static When parse(String text, AssertionInfo info) {
        Objects.requireNonNull(text, "text");
        try {
            return When.parse(text);
        } catch (TimeValueParseException e) {
            throw pointingAtTheTest(Failures.instance().failure(info, ShouldBeTimeValue.shouldBeTimeValue(e)));
        }
    }

    /** Parses {@code text} as one day, such as {@code "2025-09-03"}, failing the assertion if it is not one. */
    static When parseDay(String text, AssertionInfo info) {
        When day = parse(text, info);
        if (!day.isExact() || !day.earliestDay().equals(day.latestDay())) {
            throw pointingAtTheTest(Failures.instance().failure(info, ShouldBeTimeValue.shouldBeDay(text, day)));
        }
        return day;
    }

    /**
     * Drops this class's and the assertions' own frames, as AssertJ does for assertions, so that the first frame
     * (which soft assertions print) is the test's line.
     */
    static AssertionError pointingAtTheTest(AssertionError error) {
        StackTraceElement[] frames = error.getStackTrace();
        int first = 0;
        while (first < frames.length - 1 && isLibraryFrame(frames[first])) {
            first++;
        }
        error.setStackTrace(Arrays.copyOfRange(frames, first, frames.length));
        return error;
    }

    private static boolean isLibraryFrame(StackTraceElement frame) {
        if (frame.getClassName().equals(TimeArguments.class.getName())) {
            return true;
        }
        try {
            return AbstractAssert.class.isAssignableFrom(Class.forName(frame.getClassName(), false,
                    TimeArguments.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
