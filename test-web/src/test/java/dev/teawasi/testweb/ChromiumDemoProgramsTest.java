package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.DemoServerProcess;
import dev.teawasi.testweb.support.Tools;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * Every program of the demo page, typed into its terminal, on the browser's WebAssembly and on teawasi's
 * interpreter, with the output each must print. Run times are printed for the notes (they are not asserted).
 */
@ExtendWith(BrowserExtension.class)
@DisabledIfSystemProperty(
        named = Tools.SKIP_BROWSER,
        matches = "true",
        disabledReason = "-D" + Tools.SKIP_BROWSER + "=true")
class ChromiumDemoProgramsTest {
    private static DemoPage page;

    @BeforeAll
    static void setUp(DemoServerProcess server, WebDriver driver) {
        page = new DemoPage(driver, server.url());
    }

    @AfterEach
    void theConsoleStayedQuiet() {
        page.assertQuietConsole();
    }

    private static Map<String, String> run(String engine, String commandLine) {
        Map<String, String> r = page.run(commandLine);
        System.out.printf("demo run [%s] %s: %s%n", engine, commandLine, r.get("text"));
        assertEquals(engine, r.get("engine"), () -> commandLine + ": " + r + "\n" + page.terminalText());
        return r;
    }

    private static void assertExited(int code, Map<String, String> r) {
        assertEquals("exited", r.get("ended"), () -> r + "\n" + page.terminalText());
        assertEquals(String.valueOf(code), r.get("exitCode"), () -> r + "\n" + page.terminalText());
    }

    private static void openOn(String engine, String... needs) {
        page.open();
        page.require(engine);
        page.require(needs);
        page.setEngine(engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "interpreter"})
    void theCProgramsPrintWhatTheyShould(String engine) {
        openOn(engine);

        Map<String, String> hello = run(engine, "hello world \"two words\"");
        assertExited(2, hello);
        String out = page.terminalAfter("hello world \"two words\"");
        assertTrue(
                out.contains("Hello from WebAssembly, running on teawasi!\nargv[0] = hello\nargv[1] = world\n"
                        + "argv[2] = two words\n"),
                out);
        assertTrue(out.contains("env: TEAWASI_ENGINE=" + engine), out);

        assertExited(0, run(engine, "primes 100000"));
        out = page.terminalAfter("primes 100000");
        assertTrue(out.contains("100%") && out.contains("primes below 100000: 9592"), out);
        // ANSI colours: the progress bar in cyan, the count in (bold) green, the page's summary dimmed.
        assertEquals("palette 6", page.colourOf("[#########"));
        assertEquals("palette 2", page.colourOf("9592"));
        page.screenshot("demo-c-programs-" + engine + ".png");
        assertEquals(List.of(), page.consoleProblems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "interpreter"})
    void theFileToolWorksOnThePagesFiles(String engine) {
        openOn(engine, "wasiFileSystem");
        assertExited(0, run(engine, "ftool grep -i TEAWASI /home"));
        String out;
        out = page.terminalAfter("ftool grep -i TEAWASI /home");
        assertTrue(out.contains("/home/hello.rb:2:name = \"teawasi\"\n"), out);
        assertTrue(out.contains("/home/poem.txt:4:teawasi still runs it right.\n"), out);
        assertTrue(out.contains("2 matching lines"), out);

        assertExited(0, run(engine, "ftool wc /home/poem.txt"));
        out = page.terminalAfter("ftool wc /home/poem.txt");
        assertTrue(out.matches("(?s)\\s+4\\s+22\\s+126 /home/poem.txt\n.*"), out);

        assertExited(0, run(engine, "ftool find /home -name *.rb"));
        assertTrue(
                page.terminalAfter("-name *.rb").contains("/home/hello.rb (140 bytes)\n1 found"), page::terminalText);

        page.script("window.teawasiDemo.fs.rmSync('/home/notes', { recursive: true, force: true });");
        assertExited(0, run(engine, "files"));
        assertExited(0, run(engine, "files"));
        assertEquals("run with 0 arguments\nrun with 0 arguments\n", page.fileText("/home/notes/log.txt"));
        // What the program wrote shows up in the Files panel.
        page.find("#tree li[data-path='/home/notes'] > .entry").click();
        page.find("#tree li[data-path='/home/notes/log.txt'] > .entry").click();
        page.waitForText("#viewer-text", "run with 0 arguments\nrun with 0 arguments");
        page.screenshot("demo-file-tool-" + engine + ".png");
        assertEquals(List.of(), page.consoleProblems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "interpreter"})
    void stdinComesFromTheTerminalLineByLine(String engine) {
        openOn(engine);
        page.waitForPrompt();
        int before = page.runsFinished();
        page.type("upper", Keys.ENTER);
        page.waitForTerminal("Type a line and press Enter");
        page.type("hello, teawasi", Keys.ENTER);
        page.waitForTerminal("HELLO, TEAWASI");
        // Line editing: the word typed wrongly is fixed with Backspace and the arrow keys before Enter.
        page.type("secnd", Keys.LEFT, Keys.LEFT, "o", Keys.END, " line", Keys.ENTER);
        page.waitForTerminal("SECOND LINE");
        // A file the visitor adds while the program runs is still there after it (the run changes only its own).
        page.script("window.teawasiDemo.fs.writeFileSync('/tmp/during-the-run.txt', 'kept');");
        page.screenshot("demo-stdin-" + engine + ".png");
        page.type(Keys.chord(Keys.CONTROL, "d"));
        page.waitForRunsAbove(before);
        Map<String, String> r = page.lastRun();
        assertEquals(engine, r.get("engine"));
        assertExited(0, r);
        assertTrue(page.terminalText().contains("2 lines read"), page::terminalText);
        assertEquals("kept", page.fileText("/tmp/during-the-run.txt"));
        // At the shell's prompt: Ctrl-U drops the line, Up recalls the last command, Home/End and Ctrl-W edit.
        page.waitForPrompt();
        before = page.runsFinished();
        page.type("nonsense", Keys.chord(Keys.CONTROL, "u"), "hello one", Keys.ENTER);
        page.waitForRunsAbove(before);
        page.waitForPrompt();
        page.type(
                Keys.ARROW_UP, Keys.chord(Keys.CONTROL, "w"), "two", Keys.HOME, Keys.DELETE, "H", Keys.END, Keys.ENTER);
        page.waitForTerminal("$ Hello two");
        page.waitForPrompt();
        assertTrue(page.terminalText().contains("argv[1] = one"), page::terminalText);
        assertTrue(page.terminalText().contains("Hello: command not found"), page::terminalText);
        assertTrue(!page.terminalText().contains("nonsense"), page::terminalText);
        assertEquals(List.of(), page.consoleProblems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "interpreter"})
    void speechIsWrittenToTheFileSystemAndPlayed(String engine) {
        openOn(engine, "wasiFileSystem");
        Map<String, String> r = run(engine, "speak Hi");
        assertExited(0, r);
        byte[] header = ((String) page.script("const b = window.teawasiDemo.fs.readFileSync('/tmp/speech.wav');"
                        + "return String.fromCharCode(...b.subarray(0, 4)) + ' ' + b.length;"))
                .getBytes();
        String[] parts = new String(header).split(" ");
        assertEquals("RIFF", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) > 4000, () -> "speech.wav has only " + parts[1] + " bytes");
        assertTrue(page.find("#speech").isDisplayed());
        assertEquals(parts[1], page.find("#speech").getDomAttribute("data-bytes"));
        page.script("document.getElementById('speech').scrollIntoView({ block: 'center' });");
        page.screenshot("demo-speech-" + engine + ".png");
        assertEquals(List.of(), page.consoleProblems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "interpreter"})
    void rubyRunsThroughItsOwnGlueOnTeawasisWasi(String engine) {
        openOn(engine);
        // A tiny script on both engines (Ruby's start is the slow part, most of all on the interpreter).
        Map<String, String> r = run(engine, "ruby -e \"puts [6, 7].inject(:*)\"");
        assertExited(0, r);
        assertTrue(page.terminalAfter("inject(:*)\"").startsWith("\n42\n"), page::terminalText);
        if (engine.equals("native")) {
            // The REPL: state kept between lines, multi-line input, errors shown and the session going on.
            page.waitForPrompt();
            int before = page.runsFinished();
            page.type("ruby", Keys.ENTER);
            page.waitForTerminal("irb(main):001>");
            page.type("x = [1, 2, 3].sum * 7", Keys.ENTER);
            page.waitForTerminal("=> 42");
            page.type("def sq(n)", Keys.ENTER, "  n * n", Keys.ENTER, "end", Keys.ENTER);
            page.waitForTerminal("=> :sq");
            page.type("raise 'boom'", Keys.ENTER);
            page.waitForTerminal("RuntimeError: boom");
            page.type("puts sq(x)", Keys.ENTER);
            page.waitForTerminal("1764\n=> nil");
            page.screenshot("demo-ruby-repl.png");
            page.type(Keys.chord(Keys.CONTROL, "d"));
            page.waitForRunsAbove(before);
            assertExited(0, page.lastRun());
            // A script from the files, relative to /home.
            page.require("wasiFileSystem");
            assertExited(0, run(engine, "ruby hello.rb"));
            assertTrue(
                    page.terminalAfter("ruby hello.rb")
                            .contains(", running on teawasi!\n  line 1\n  line 2\n" + "  line 3\n"),
                    page::terminalText);
        }
        assertEquals(List.of(), page.consoleProblems());
    }
}
