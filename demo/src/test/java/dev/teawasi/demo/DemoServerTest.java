package dev.teawasi.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo server against slow and hostile clients, its CSP, and byte ranges (with small limits: seconds). */
class DemoServerTest {
    private DemoServer server;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = DemoServer.start(
                0, new StaticFiles(getClass().getClassLoader()), new DemoServer.Limits(8, 800, 800, 5000));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        server.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(DemoServer.HOST, server.port());
        s.setSoTimeout(5000);
        sockets.add(s);
        return s;
    }

    /** Sends raw request text and returns the whole response (the request asks the server to close). */
    private String exchange(String request) throws IOException {
        Socket s = connect();
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private String get(String path, String... headers) throws IOException {
        return exchange(
                "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + String.join("", headers) + "\r\n");
    }

    private static String header(String response, String name) {
        for (String line : response.split("\r\n\r\n", 2)[0].split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return null;
    }

    private static byte[] body(String response) {
        return response.split("\r\n\r\n", 2)[1].getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void slowClientsDoNotStallOthersAndAreCutOff() throws IOException {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Socket s = connect();
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            slow.add(s);
        }
        long t0 = System.nanoTime();
        String page = get("/");
        assertTrue(page.startsWith("HTTP/1.1 200 OK\r\n"), page);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000, "the page took too long");
        for (Socket s : slow) {
            // the header block did not arrive in time: the server closes without a response
            assertEquals(-1, s.getInputStream().read());
        }
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 4000);
    }

    @Test
    void connectionsBeyondTheLimitGet503AndFreeSlotsComeBack() throws Exception {
        for (int i = 0; i < 8; i++) {
            connect(); // connected, sending nothing
        }
        Thread.sleep(200);
        String busy = get("/");
        assertTrue(busy.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), busy);
        assertEquals("1", header(busy, "Retry-After"));
        Thread.sleep(1500); // the idle ones are closed after the header timeout
        assertTrue(get("/").startsWith("HTTP/1.1 200 OK\r\n"));
    }

    @Test
    void keepAliveServesSeveralRequestsOnOneConnection() throws IOException {
        Socket s = connect();
        OutputStream out = s.getOutputStream();
        out.write("GET /style.css HTTP/1.1\r\nHost: x\r\n\r\nHEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String both = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertEquals(2, both.split("HTTP/1.1 200 OK\r\n", -1).length - 1, both);
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() throws IOException {
        for (String r : List.of(get("/"), get("/teawasi.js"), get("/missing.js"))) {
            String csp = header(r, "Content-Security-Policy");
            assertEquals(DemoServer.CONTENT_SECURITY_POLICY, csp);
            assertTrue(
                    csp.contains("script-src 'self' 'wasm-unsafe-eval';")
                            && !csp.contains("unsafe-inline")
                            && csp.contains("frame-ancestors 'none'"),
                    csp);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        }
    }

    @Test
    void rangesAreAnsweredOrRefused() throws IOException {
        byte[] whole = body(get("/index.html"));
        int len = whole.length;
        String first = get("/index.html", "Range: bytes=0-9\r\n");
        assertTrue(first.startsWith("HTTP/1.1 206 Partial Content\r\n"), first);
        assertEquals("bytes 0-9/" + len, header(first, "Content-Range"));
        assertEquals("10", header(first, "Content-Length"));
        assertArrayEquals(Arrays.copyOf(whole, 10), body(first));
        String last = get("/index.html", "Range: bytes=-5\r\n");
        assertArrayEquals(Arrays.copyOfRange(whole, len - 5, len), body(last));
        String tail = get("/index.html", "Range: bytes=" + (len - 3) + "-999999\r\n");
        assertEquals("bytes " + (len - 3) + "-" + (len - 1) + "/" + len, header(tail, "Content-Range"));
        String beyond = get("/index.html", "Range: bytes=" + len + "-\r\n");
        assertTrue(beyond.startsWith("HTTP/1.1 416 Range Not Satisfiable\r\n"), beyond);
        assertEquals("bytes */" + len, header(beyond, "Content-Range"));
        assertTrue(get("/index.html", "Range: bytes=0-1,5-6\r\n").startsWith("HTTP/1.1 200 OK\r\n"));
        assertTrue(get("/index.html", "Range: lines=1-2\r\n").startsWith("HTTP/1.1 200 OK\r\n"));
        assertEquals("bytes", header(get("/"), "Accept-Ranges"));
    }

    @Test
    void malformedAndOversizedRequestsGetTheirStatus() throws IOException {
        assertTrue(exchange("GET / HTTP/2.0\r\n\r\n").startsWith("HTTP/1.1 505 "));
        assertTrue(exchange("nonsense\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(get("/", "X-Big: " + "a".repeat(20_000) + "\r\n").startsWith("HTTP/1.1 431 "));
        assertTrue(exchange("POST / HTTP/1.1\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx")
                .startsWith("HTTP/1.1 405 "));
        assertTrue(
                exchange("GET / HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n").startsWith("HTTP/1.1 413 "));
    }
}
