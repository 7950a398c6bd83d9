package dev.timeline.timeline;

import static dev.timeline.timeline.SeedEvents.KIM_VISITS_CHINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.timeline.time.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTest {
    private final When day = When.ofDay(LocalDate.of(2015, 9, 3));

    @Test
    void ofGivesTypeOtherAndEmptyParts() {
        Event e = Event.of("a", day, "Parade");
        assertThat(e.type()).isEqualTo(EventType.OTHER);
        assertThat(e.description()).isEmpty();
        assertThat(e.participants()).isEmpty();
        assertThat(e.sources()).isEmpty();
        assertThat(e.attributes()).isEmpty();
    }

    @Test
    void withMethodsChangeOnePartOfACopy() {
        Event e = Event.of("a", day, "Parade");
        Event changed = e.withDescription("In Beijing").withType(EventType.PARADE)
                .withParticipants(List.of("Xi Jinping")).withAttribute("k", "v");
        assertThat(changed.description()).contains("In Beijing");
        assertThat(changed.type()).isEqualTo(EventType.PARADE);
        assertThat(changed.participants()).containsExactly("Xi Jinping");
        assertThat(changed.attributes()).isEqualTo(Map.of("k", "v"));
        assertThat(e.description()).isEmpty();
        assertThat(changed.withoutDescription().description()).isEmpty();
    }

    @Test
    void toBuilderRebuildsAnEqualEvent() {
        assertThat(KIM_VISITS_CHINA.toBuilder().build()).isEqualTo(KIM_VISITS_CHINA)
                .hasSameHashCodeAs(KIM_VISITS_CHINA);
    }

    @Test
    void eventsDifferingInOnePartAreNotEqual() {
        assertThat(KIM_VISITS_CHINA.withPlaces(List.of())).isNotEqualTo(KIM_VISITS_CHINA);
    }

    @Test
    void rejectsBlankIdTitleAndParticipant() {
        assertThatIllegalArgumentException().isThrownBy(() -> Event.of(" ", day, "x")).withMessage(
                "id must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Event.of("a", day, "")).withMessage(
                "title must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Event.builder("a", day, "t").participant(""))
                .withMessage("participant must not be blank");
    }

    @Test
    void laterAttributeValueReplacesEarlier() {
        Event e = Event.builder("a", day, "t").attribute("k", "1").attribute("k", "2").build();
        assertThat(e.attributes()).containsExactly(Map.entry("k", "2"));
    }

    @Test
    void toStringShowsIdLabelTitleAndType() {
        assertThat(Event.builder("p", day, "Parade").type(EventType.PARADE).build().toString())
                .isEqualTo("p [" + day.label() + "] Parade (parade)");
    }

    @Test
    void eventTypesAreOpenButChecked() {
        assertThat(EventType.of("visit")).isSameAs(EventType.VISIT);
        assertThat(EventType.of("state-funeral").isCommon()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> EventType.of("State Funeral"))
                .withMessageContaining("must be lower-case ASCII");
    }

    @Test
    void sourceRejectsAnEmptySpan() {
        assertThatIllegalArgumentException().isThrownBy(() -> Source.of("d", 5, 5, ""))
                .withMessage("span [5, 5) must satisfy 0 <= start < end");
    }
}
