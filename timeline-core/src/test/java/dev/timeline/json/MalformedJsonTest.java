package dev.timeline.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input raises TimelineFormatException naming the JSON path and the problem. */
class MalformedJsonTest {
    private static final String EVENT = "{'id':'a','when':{'value':'2011','mod':'END','start':'2011-09-01',"
            + "'end':'2011-12-31'},'title':'A','type':'takeover'}";

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("not JSON", "{'format':", "$.format", "malformed JSON (line 1, column 11): Unexpected end-of-input"),
                bad("empty document", "", "$", "the document is empty"),
                bad("trailing content", doc(EVENT) + " {}", "$", "malformed JSON"),
                bad("root is an array", "[]", "$", "expected an object but found an array"),
                bad("missing format", "{'version':1,'events':[]}", "$.format", "missing required field \"format\""),
                bad("other format", "{'format':'calendar','version':1,'events':[]}", "$.format",
                        "expected \"timeline\" but found \"calendar\""),
                bad("unknown version", "{'format':'timeline','version':2,'events':[]}", "$.version",
                        "unsupported version 2: this library reads version 1"),
                bad("version as a string", "{'format':'timeline','version':'1','events':[]}", "$.version",
                        "expected an integer from 1 to 2147483647 but found a string (\"1\")"),
                bad("version as a fraction", "{'format':'timeline','version':1.5,'events':[]}", "$.version",
                        "expected an integer"),
                bad("unknown top-level field", "{'format':'timeline','version':1,'events':[],'x':0}", "$.x",
                        "unknown field \"x\""),
                bad("events not an array", "{'format':'timeline','version':1,'events':{}}", "$.events",
                        "expected an array but found an object"),
                bad("event not an object", doc("42"), "$.events[0]", "expected an object but found a number (42)"),
                bad("missing id", doc(EVENT.replace("'id':'a',", "")), "$.events[0].id",
                        "missing required field \"id\""),
                bad("id of the wrong type", doc(EVENT.replace("'id':'a'", "'id':7")), "$.events[0].id",
                        "expected a string but found a number (7)"),
                bad("blank title", doc(EVENT.replace("'title':'A'", "'title':' '")), "$.events[0].title",
                        "must not be blank"),
                bad("null description", doc(EVENT.replace("'title':'A'", "'title':'A','description':null")),
                        "$.events[0].description", "expected a string but found null"),
                bad("misspelt field", doc(EVENT.replace("'title'", "'titel'")), "$.events[0].titel",
                        "unknown field \"titel\""),
                bad("bad event type", doc(EVENT.replace("'takeover'", "'State Visit'")), "$.events[0].type",
                        "must be lower-case ASCII"),
                bad("impossible date in value", doc(EVENT.replace("'value':'2011','mod':'END','start':'2011-09-01',"
                        + "'end':'2011-12-31'", "'value':'2025-13-01'")), "$.events[0].when.value",
                        "Cannot parse \"2025-13-01\""),
                bad("unknown mod", doc(EVENT.replace("'END'", "'LATE'")), "$.events[0].when.mod",
                        "unknown TIMEX3 mod \"LATE\""),
                bad("start inconsistent with value", doc(EVENT.replace("2011-09-01", "2011-01-01")),
                        "$.events[0].when.start", "\"2011-01-01\" disagrees with value \"2011\" and mod \"END\", "
                                + "whose first day is 2011-09-01"),
                bad("end inconsistent with value", doc(EVENT.replace("2011-12-31", "2011-12-30")),
                        "$.events[0].when.end", "whose last day is 2011-12-31"),
                bad("start not a date", doc(EVENT.replace("2011-09-01", "2011-02-30")), "$.events[0].when.start",
                        "\"2011-02-30\" is not an ISO date (yyyy-mm-dd) that exists"),
                bad("edtf inconsistent with value", doc(EVENT.replace("'mod':'END',", "'mod':'END','edtf':'2011',")),
                        "$.events[0].when.edtf", "whose EDTF form is \"2011-39\""),
                bad("when as a string", doc(EVENT.replace(EVENT.substring(EVENT.indexOf("{'value'"),
                        EVENT.indexOf("},") + 1), "'2011'")), "$.events[0].when",
                        "expected an object but found a string (\"2011\")"),
                bad("duplicate id", doc(EVENT, EVENT.replace("'title':'A'", "'title':'B'")), "$.events[1].id",
                        "duplicate id \"a\", already used at $.events[0].id"),
                bad("duplicate property", "{'format':'timeline','format':'timeline','version':1,'events':[]}",
                        "$.format", "Duplicate Object property \"format\""),
                bad("huge number", doc(source("12345678901234567890123456789", "5")),
                        "$.events[0].sources[0].start", "malformed JSON"),
                bad("number beyond int", doc(source("9999999999", "5")), "$.events[0].sources[0].start",
                        "expected an integer from 0 to 2147483646 but found a number (9999999999)"),
                bad("span ends before it starts", doc(source("5", "5")), "$.events[0].sources[0].end",
                        "end 5 must be greater than start 5"),
                bad("attribute not a string", doc(EVENT.replace("'title':'A'", "'title':'A','attributes':{'a b':1}")),
                        "$.events[0].attributes['a b']", "expected a string but found a number (1)"),
                bad("blank participant", doc(EVENT.replace("'title':'A'", "'title':'A','participants':['x','']")),
                        "$.events[0].participants[1]", "must not be blank"),
                bad("deep nesting", doc(EVENT.replace("'title':'A'", "'title':'A','attributes':{'x':"
                        + "[".repeat(100) + "]".repeat(100) + "}")), "$.events[0].attributes.x" + "[0]".repeat(12),
                        "malformed JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void raisesOneExceptionNamingPathAndProblem(String name, String json, String path, String problem) {
        assertThatThrownBy(() -> TimelineJson.read(json))
                .isInstanceOfSatisfying(TimelineFormatException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.path()).isEqualTo(path);
                    org.assertj.core.api.Assertions.assertThat(e.problem()).contains(problem);
                })
                .hasMessageStartingWith(path + ": ");
    }

    @Test
    void deepNestingNamesTheLimit() {
        String json = doc(EVENT.replace("'title':'A'", "'title':'A','attributes':{'x':"
                + "[".repeat(100) + "]".repeat(100) + "}"));
        assertThatThrownBy(() -> TimelineJson.read(json.replace('\'', '"'))).hasMessageContaining("nesting depth");
    }

    private static Arguments bad(String name, String json, String path, String problem) {
        return Arguments.of(name, json.replace('\'', '"'), path, problem);
    }

    private static String doc(String... events) {
        return "{'format':'timeline','version':1,'events':[" + String.join(",", events) + "]}";
    }

    private static String source(String start, String end) {
        return EVENT.replace("'title':'A'", "'title':'A','sources':[{'document':'d','start':" + start + ",'end':"
                + end + ",'sentence':''}]");
    }
}
