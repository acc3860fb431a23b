package dev.teawasi.engine.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void parsesWast2jsonShapes() {
        Object v = Json.parse("{\"source_filename\": \"a.wast\",\n \"commands\": [\n"
                + "  {\"type\": \"module\", \"line\": 1, \"filename\": \"a.0.wasm\"}, \n"
                + "  {\"type\": \"x\", \"ok\": true, \"no\": false, \"n\": null, \"e\": [], \"o\": {}}]}");
        Map<?, ?> root = (Map<?, ?>) v;
        assertEquals("a.wast", root.get("source_filename"));
        List<?> commands = (List<?>) root.get("commands");
        assertEquals(2, commands.size());
        Map<?, ?> first = (Map<?, ?>) commands.get(0);
        assertEquals("1", first.get("line"), "numbers stay text");
        Map<?, ?> second = (Map<?, ?>) commands.get(1);
        assertEquals(Boolean.TRUE, second.get("ok"));
        assertEquals(Boolean.FALSE, second.get("no"));
        assertNull(second.get("n"));
        assertEquals(List.of(), second.get("e"));
        assertEquals(Map.of(), second.get("o"));
    }

    @Test
    void keepsNumbersExact() {
        assertEquals(
                List.of("18446744073709551615", "-1.5e+10", "0"), Json.parse("[18446744073709551615, -1.5e+10, 0]"));
    }

    @Test
    void acceptsWast2jsonMissingCommaBetweenObjectsInAnArray() {
        assertEquals(2, ((List<?>) Json.parse("[{\"type\": \"i32\"}{\"type\": \"i32\"}]")).size());
    }

    @Test
    void decodesEscapes() {
        assertEquals("a\"b\\c/\n\t\u00e9\u0000", Json.parse("\"a\\\"b\\\\c\\/\\n\\t\\u00e9\\u0000\""));
    }

    @Test
    void rejectsMalformedInputWithScriptException() {
        for (String bad : new String[] {
            "", "{", "[1,]", "{\"a\" 1}", "\"abc", "tru", "[1] x", "\"\\x\"", "-", "{1: 2}", "\"\\u12\"", "[\"a\n\"]"
        }) {
            assertThrows(ScriptException.class, () -> Json.parse(bad), bad);
        }
    }
}
