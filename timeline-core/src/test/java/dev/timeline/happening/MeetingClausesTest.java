package dev.timeline.happening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MeetingClauses}: a meeting that names who met becomes a clause; other titles stay as they are. */
class MeetingClausesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Meeting of EU foreign ministers in Luxembourg                 | EU foreign ministers meet in Luxembourg
            Meeting of the permanent members of the Council               | The permanent members of the Council meet
            Meeting of the Organization of American States               | The Organization of American States meets
            Summit of EU leaders                                          | EU leaders hold a summit
            Summit of the Forum on Tarn Aid                               | The Forum on Tarn Aid holds a summit
            Meeting of the Commission for Fisheries on Monday             | The Commission for Fisheries meets on Monday
            Meeting of EU ministers on fisheries                          | EU ministers meet on fisheries
            OPEC meeting in the Qatari capital                            | OPEC meets in the Qatari capital
            US Federal Reserve Board meeting                              | US Federal Reserve Board meets
            NATO summit                                                   | NATO holds a summit
            White House meeting                                           | White House meeting
            ASEAN's special foreign ministers meeting                     | ASEAN's special foreign ministers meeting
            Meeting of officials                                          | Meeting of officials
            OPEC cuts output                                              | OPEC cuts output
            """)
    void aMeetingThatNamesWhoMetIsAClause(String title, String expected) {
        assertThat(MeetingClauses.of(title)).isEqualTo(expected);
    }
}
