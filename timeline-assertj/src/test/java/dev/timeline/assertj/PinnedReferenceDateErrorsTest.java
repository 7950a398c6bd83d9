package dev.timeline.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestIdentifier;

/** What a test sees when it misuses the annotation: failures that say what to fix. */
class PinnedReferenceDateErrorsTest {

    @Test
    void aZoneThatDoesNotExistIsNamedInTheFailure() {
        assertThat(failuresOf(BadZone.class)).singleElement().asString()
                .contains("@PinnedReferenceDate(zone = \"Mars/Olympus\") is not a zone such as \"UTC\"");
    }

    @Test
    void anUnmarkedParameterIsNotResolved() {
        assertThat(failuresOf(Unmarked.class)).singleElement().asString()
                .contains("No ParameterResolver registered for parameter [java.time.LocalDate");
    }

    private static List<String> failuresOf(Class<?> testClass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .build();
        List<String> failures = new ArrayList<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                result.getThrowable().ifPresent(t -> failures.add(t.getMessage()));
            }
        });
        return failures;
    }

    /** Run only through the launcher above: its name does not end in Test. */
    @PinnedReferenceDate(value = "2025-08-28", zone = "Mars/Olympus")
    static class BadZone {
        @Test
        void test(@Pinned LocalDate date) {
        }
    }

    /** Run only through the launcher above. */
    @PinnedReferenceDate("2025-08-28")
    static class Unmarked {
        @Test
        void test(LocalDate date) {
        }
    }
}
