package dev.timeline.happening;

/**
 * Present-tense verb forms of titles made to agree with their subject: "dies" for one, "die" for several, "is
 * elected" and "are elected".
 */
final class VerbForms {
    private VerbForms() {
    }

    /** {@code present} (third person singular, "dies", "takes power") as it reads after a plural subject. */
    static String agree(String present, boolean plural) {
        if (!plural || present.isEmpty()) {
            return present;
        }
        int space = present.indexOf(' ');
        String verb = space < 0 ? present : present.substring(0, space);
        String rest = space < 0 ? "" : present.substring(space);
        String agreed = switch (verb) {
            case "is" -> "are";
            case "has" -> "have";
            case "does" -> "do";
            default -> verb.endsWith("s") && !verb.endsWith("ss") ? verb.substring(0, verb.length() - 1) : verb;
        };
        return agreed + rest;
    }
}
