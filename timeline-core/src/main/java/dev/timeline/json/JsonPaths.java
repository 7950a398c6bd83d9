package dev.timeline.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** Builds JSONPath expressions such as {@code $.events[3].attributes['a b']} for error messages. */
final class JsonPaths {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {}

    /** Returns the path of the property {@code name} of the object at {@code path}. */
    static String field(String path, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Returns the path of element {@code index} of the array at {@code path}. */
    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Returns the path of the value the parser is at (or inside, for a scalar token, at its container's entry). */
    static String of(JsonParser parser) {
        TokenStreamContext context = parser.streamReadContext();
        JsonToken token = parser.currentToken();
        if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            context = context.getParent();
        }
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "$";
        for (TokenStreamContext c : chain) {
            if (c.inArray()) {
                path = element(path, Math.max(0, c.getCurrentIndex()));
            } else if (c.currentName() != null) {
                path = field(path, c.currentName());
            }
        }
        return path;
    }
}
