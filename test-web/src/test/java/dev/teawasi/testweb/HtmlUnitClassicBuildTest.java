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
        connection.setResponse(
                new URL(ORIGIN + "teawasi.classic.js"),
                Files.readString(Artifacts.npmFile("teawasi.classic.js"), StandardCharsets.UTF_8),
                "text/javascript");
        connection.setResponse(
                new URL(ORIGIN),
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
        String listed = eval("teawasi.sections(new Uint8Array("
                + SampleModules.jsArrayLiteral(SampleModules.bytes(modules.allSections))
                + ")).map(function (s) { return s.id + ' ' + s.name + ' offset=' + s.offset"
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
        String result =
                eval("try { teawasi.sections(null); 'no error'; } catch (e) { (e instanceof Error) + ' ' + e.name; }");
        assertEquals("true TypeError", result);
    }

    /** HtmlUnit has no WebAssembly: teawasi.WebAssembly instantiates a module and calls its export there. */
    @Test
    void webAssemblyNamespaceWorksWithoutNativeWebAssembly() {
        // (module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
        String add = "new Uint8Array([0,97,115,109,1,0,0,0,1,7,1,96,2,127,127,1,127,3,2,1,0,7,7,1,3,97,100,100,0,0,"
                + "10,9,1,7,0,32,0,32,1,106,11])";
        String result = eval(
                "var W = teawasi.WebAssembly;"
                        + " var i = new W.Instance(new W.Module(" + add + "), {});"
                        + " [typeof WebAssembly, W.validate(" + add + "), i.exports.add(40, 2),"
                        + " (function () { try { new W.Module(new Uint8Array(3)); } catch (e) { return e instanceof W.CompileError; } })()].join(' ')");
        assertEquals("undefined true 42 true", result);
    }

    private static String catchError(Path file) {
        return "try { teawasi.sections(new Uint8Array(" + SampleModules.jsArrayLiteral(SampleModules.bytes(file))
                + ")); 'no error'; } catch (e) { e.name + ': ' + e.message; }";
    }
}
