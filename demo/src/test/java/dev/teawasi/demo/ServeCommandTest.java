package dev.teawasi.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
    @Test
    void portDefaultsTo8080() {
        assertEquals(8080, ServeCommand.parsePort(new String[0]));
    }

    @Test
    void portFlagForms() {
        assertEquals(0, ServeCommand.parsePort(new String[] {"--port", "0"}));
        assertEquals(9000, ServeCommand.parsePort(new String[] {"--port=9000"}));
        assertEquals(65535, ServeCommand.parsePort(new String[] {"--port", "65535"}));
    }

    @Test
    void badArgumentsAreRefused() {
        for (String[] args : new String[][] {
            {"--port"},
            {"--port", "-1"},
            {"--port", "65536"},
            {"--port", "x"},
            {"--port", ""},
            {"--port", "99999999999"},
            {"--prot", "1"},
            {"8080"}
        }) {
            assertEquals(ServeCommand.BAD_ARGS, ServeCommand.parsePort(args), String.join(" ", args));
        }
    }
}
