package dev.timeline.assertj;

import dev.timeline.tag.Anchor;
import dev.timeline.tag.DocumentKind;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link Anchor}, {@link Clock}, {@link LocalDate} and {@link ReferenceDate} parameters marked
 * {@link Pinned @Pinned} from the nearest {@link PinnedReferenceDate}: on the test method, else on its class or an
 * enclosing one. Unmarked parameters are left to other resolvers. Registered by the annotation itself; there is no
 * need to name it. Stateless and thread-safe.
 */
public final class PinnedReferenceDateExtension implements ParameterResolver {
    private static final Set<Class<?>> TYPES = Set.of(Anchor.class, Clock.class, LocalDate.class, ReferenceDate.class);

    /** Creates the extension; JUnit does, when it meets {@link PinnedReferenceDate}. */
    public PinnedReferenceDateExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(Pinned.class) && TYPES.contains(parameter.getParameter().getType())
                && pin(context).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        PinnedReferenceDate pin = pin(context).orElseThrow();
        LocalDate date;
        try {
            date = LocalDate.parse(pin.value());
        } catch (DateTimeParseException e) {
            throw new ParameterResolutionException("@PinnedReferenceDate(\"" + pin.value()
                    + "\") is not an ISO date such as \"2025-08-28\"", e);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(pin.zone()).normalized();
        } catch (DateTimeException e) {
            throw new ParameterResolutionException("@PinnedReferenceDate(zone = \"" + pin.zone()
                    + "\") is not a zone such as \"UTC\", \"America/New_York\" or \"+02:00\"", e);
        }
        ReferenceDate reference = ReferenceDates.pinned(date, zone);
        Class<?> type = parameter.getParameter().getType();
        if (type == Anchor.class) {
            return pin.kind() == DocumentKind.NARRATIVE ? reference.narrativeAnchor() : reference.anchor();
        }
        if (type == Clock.class) {
            return reference.clock();
        }
        if (type == LocalDate.class) {
            return reference.date();
        }
        return reference;
    }

    /** The annotation on the nearest element: the method, then its class, then enclosing classes' contexts. */
    private static Optional<PinnedReferenceDate> pin(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<PinnedReferenceDate> found = AnnotationSupport.findAnnotation(c.getElement(),
                    PinnedReferenceDate.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
