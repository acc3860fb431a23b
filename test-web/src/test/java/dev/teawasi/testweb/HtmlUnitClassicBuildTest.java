package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.MockWebConnection;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classic-script build (teawasi.classic.js; its exports become globals) in HtmlUnit, which has neither ES
 * modules nor WebAssembly: the translated engine code must work in a plain script environment.
 */
class HtmlUnitClassicBuildTest {
    private static final String ORIGIN = "http://teawasi.test/";

    @TempDir
    static Path dir;
    private static SampleModules modules;
    private static WebClient client;
    private static HtmlPage page;

    @BeforeAll
    static void loadPage() throws IOException {
        modules = new SampleModules(dir);
        MockWebConnection connection = new MockWebConnection();
        connection.setResponse(new URL(ORIGIN + "teawasi.classic.js"),
                Files.readString(Artifacts.npmFile("teawasi.classic.js"), StandardCharsets.UTF_8),
                "text/javascript");
        connection.setResponse(new URL(ORIGIN),
                "<!DOCTYPE html><html><head><script src=\"teawasi.classic.js\"></script></head><body></body></html>");
        client = new WebClient(BrowserVersion.CHROME);
        client.getOptions().setThrowExceptionOnScriptError(true);
        client.setWebConnection(connection);
        page = client.getPage(ORIGIN);
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
    }

    private static String eval(String script) {
        return String.valueOf(page.executeJavaScript(script).getJavaScriptResult());
    }

    @Test
    void version() {
        String version = eval("teawasi.version()");
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), version);
    }

    @Test
    void sectionsOfARealModule() {
        String listed = eval("teawasi.sections(new Uint8Array(" + SampleModules.jsArrayLiteral(SampleModules.bytes(
                modules.allSections)) + ")).map(function (s) { return s.id + ' ' + s.name + ' offset=' + s.offset"
                + " + ' size=' + s.size; }).join('\\n')");
        assertEquals(modules.allSectionsExpected, List.of(listed.split("\n")));
    }

    @Test
    void malformedInputGivesACompileError() {
        String notWasm = eval(catchError(modules.notWasm));
        assertTrue(notWasm.startsWith("CompileError: " + SampleModules.NOT_WASM_MESSAGE), notWasm);
        String truncated = eval(catchError(modules.truncated));
        assertEquals("CompileError: " + SampleModules.jvmCompileError(modules.truncated), truncated);
    }

    @Test
    void wrongArgumentTypeGivesAJsError() {
        String result = eval("try { teawasi.sections(null); 'no error'; } catch (e) { (e instanceof Error) + ' ' + e.name; }");
        assertEquals("true TypeError", result);
    }

    private static String catchError(Path file) {
        return "try { teawasi.sections(new Uint8Array(" + SampleModules.jsArrayLiteral(SampleModules.bytes(file))
                + ")); 'no error'; } catch (e) { e.name + ': ' + e.message; }";
    }
}
