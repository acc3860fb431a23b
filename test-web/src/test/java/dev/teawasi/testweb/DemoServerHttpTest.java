package dev.teawasi.testweb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.teawasi.testweb.support.Artifacts;
import dev.teawasi.testweb.support.BrowserExtension;
import dev.teawasi.testweb.support.DemoServerProcess;
import dev.teawasi.testweb.support.Processes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** `teawasi.jar serve` over HTTP: what it serves, with which types, and what it refuses. */
@ExtendWith(BrowserExtension.class)
class DemoServerHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static URI base;

    @BeforeAll
    static void server(DemoServerProcess server) {
        base = URI.create(server.url());
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends the request line exactly as written (HttpClient would normalise "..") and returns the status. */
    private static int rawStatus(String requestTarget) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void servesTheDemoPage() throws Exception {
        HttpResponse<byte[]> page = get("/");
        assertEquals(200, page.statusCode());
        assertEquals(
                "text/html; charset=utf-8",
                page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                new String(page.body(), StandardCharsets.UTF_8).contains("<script type=\"module\" src=\"app.mjs\">"));
        assertEquals(
                "text/javascript; charset=utf-8",
                get("/app.mjs").headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "text/css; charset=utf-8",
                get("/style.css").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void servesTheBuiltModuleFiles() throws Exception {
        for (String name : List.of("teawasi.js", "teawasi.classic.js")) {
            HttpResponse<byte[]> js = get("/" + name);
            assertEquals(200, js.statusCode(), name);
            assertEquals(
                    "text/javascript; charset=utf-8",
                    js.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(Files.readAllBytes(Artifacts.npmFile(name)), js.body(), name);
        }
        assertEquals(
                "application/json",
                get("/package.json").headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, get("/teawasi.d.ts").statusCode());
    }

    @Test
    void servesTheExamplePrograms() throws Exception {
        for (String name : List.of("hello", "upper", "files")) {
            HttpResponse<byte[]> wasm = get("/examples/" + name + ".wasm");
            assertEquals(200, wasm.statusCode(), name);
            assertEquals(
                    "application/wasm",
                    wasm.headers().firstValue("Content-Type").orElse(""));
            byte[] magic = {0, 'a', 's', 'm', 1, 0, 0, 0};
            assertArrayEquals(magic, java.util.Arrays.copyOf(wasm.body(), 8), name);
        }
    }

    @Test
    void unknownAndEscapingPathsAre404() throws Exception {
        assertEquals(404, get("/no-such-file.js").statusCode());
        for (String target : List.of(
                "/../pom.xml",
                "/%2e%2e/pom.xml",
                "/..%2fpom.xml",
                "/teawasi-npm/teawasi.js",
                "/dev/teawasi/demo/Main.class",
                "/META-INF/MANIFEST.MF",
                "//etc/passwd",
                "/.hidden.js",
                "/bin")) {
            assertEquals(404, rawStatus(target), target);
        }
    }

    @Test
    void onlyGetAndHead() throws Exception {
        HttpResponse<Void> post = HTTP.send(
                HttpRequest.newBuilder(base.resolve("/"))
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(405, post.statusCode());
        HttpResponse<Void> head = HTTP.send(
                HttpRequest.newBuilder(base.resolve("/teawasi.js"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
    }

    @Test
    void badArgumentsAndABusyPortGiveClearErrors(DemoServerProcess server) {
        Path root = Artifacts.root();
        String jar = Artifacts.demoJar().toString();
        Processes.Result badPort =
                Processes.run(root, List.of(Artifacts.javaExecutable(), "-jar", jar, "serve", "--port", "http"), 60);
        assertEquals(2, badPort.exitCode, badPort::toString);
        assertTrue(badPort.stderr.contains("invalid port 'http'"), badPort::toString);
        Processes.Result busy = Processes.run(
                root,
                List.of(Artifacts.javaExecutable(), "-jar", jar, "serve", "--port", Integer.toString(base.getPort())),
                60);
        assertEquals(1, busy.exitCode, busy::toString);
        assertTrue(busy.stderr.contains("cannot listen on 127.0.0.1:" + base.getPort()), busy::toString);
    }
}
