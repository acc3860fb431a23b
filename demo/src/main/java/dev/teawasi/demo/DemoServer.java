package dev.teawasi.demo;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo's HTTP/1.1 server, bound to 127.0.0.1 only, serving {@link StaticFiles} to GET and HEAD. Written for
 * hostile clients: at most {@link #MAX_CONNECTIONS} connections at once (one thread each; beyond that a 503 at once),
 * a request's header block must arrive within {@link #HEADER_TIMEOUT_MS} and be at most {@link #MAX_HEADER_BYTES},
 * an idle keep-alive connection is closed after {@link #IDLE_TIMEOUT_MS}, and a watchdog closes any connection
 * whose request is not answered within {@link #REQUEST_TIMEOUT_MS} (a client that stops reading). So slow clients
 * hold at most their own connection for seconds, never the others'. Every response carries a strict
 * Content-Security-Policy; single byte ranges are answered with 206, unsatisfiable ones with 416.
 */
final class DemoServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    static final int MAX_CONNECTIONS = 64;
    static final int HEADER_TIMEOUT_MS = 10_000;
    static final int IDLE_TIMEOUT_MS = 15_000;
    static final int REQUEST_TIMEOUT_MS = 60_000;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_REQUESTS_PER_CONNECTION = 1000;
    /** Request bodies (GET/HEAD have none) up to this size are read and dropped; larger ones get 413. */
    static final int MAX_IGNORED_BODY = 64 * 1024;
    /**
     * Same-origin everything, no inline script or style, no eval. 'wasm-unsafe-eval' lets pages and workers compile
     * WebAssembly with the browser's engine (it allows nothing else). blob: media lets the page play audio a program
     * wrote to the filesystem (the speech example).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"
            + " style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; worker-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final ServerSocket socket;
    private final StaticFiles files;
    private final Limits limits;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog;
    private final Thread acceptor;
    private volatile boolean closed;

    private DemoServer(ServerSocket socket, StaticFiles files, Limits limits) {
        this.socket = socket;
        this.files = files;
        this.limits = limits;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "teawasi-serve-watchdog"));
        this.acceptor = daemon(this::acceptLoop, "teawasi-serve");
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Connection limits and timeouts (tests use small ones). */
    static final class Limits {
        final int maxConnections;
        final int headerTimeoutMs;
        final int idleTimeoutMs;
        final int requestTimeoutMs;

        Limits(int maxConnections, int headerTimeoutMs, int idleTimeoutMs, int requestTimeoutMs) {
            this.maxConnections = maxConnections;
            this.headerTimeoutMs = headerTimeoutMs;
            this.idleTimeoutMs = idleTimeoutMs;
            this.requestTimeoutMs = requestTimeoutMs;
        }

        static final Limits DEFAULT =
                new Limits(MAX_CONNECTIONS, HEADER_TIMEOUT_MS, IDLE_TIMEOUT_MS, REQUEST_TIMEOUT_MS);
    }

    /** Starts serving on the given port (0 = any free port). */
    static DemoServer start(int port, StaticFiles files) throws IOException {
        return start(port, files, Limits.DEFAULT);
    }

    static DemoServer start(int port, StaticFiles files, Limits limits) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new java.net.InetSocketAddress(InetAddress.getByName(HOST), port), 128);
        DemoServer demo = new DemoServer(s, files, limits);
        demo.watchdog.scheduleWithFixedDelay(demo::closeOverdue, 500, 500, TimeUnit.MILLISECONDS);
        demo.acceptor.start();
        return demo;
    }

    int port() {
        return socket.getLocalPort();
    }

    String url() {
        return "http://" + HOST + ":" + port() + "/";
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Connection c : open) {
            c.close();
        }
        watchdog.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket s;
            try {
                s = socket.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            Connection c = new Connection(s);
            if (open.size() >= limits.maxConnections) {
                c.refuseBusy();
                continue;
            }
            open.add(c);
            daemon(
                            () -> {
                                try {
                                    c.serve();
                                    c.lingeringClose();
                                } finally {
                                    open.remove(c);
                                    c.close();
                                }
                            },
                            "teawasi-serve-connection")
                    .start();
        }
    }

    /** Closes connections past their deadline: a header block too slow, or a response the client does not read. */
    private void closeOverdue() {
        long now = System.nanoTime();
        for (Connection c : open) {
            if (now - c.deadline > 0) {
                c.close();
            }
        }
    }

    /** A request: method, decoded path, version and headers (names lower-case). */
    static final class Request {
        final String method;
        final String target;
        final String version;
        final Map<String, String> headers;

        Request(String method, String target, String version, Map<String, String> headers) {
            this.method = method;
            this.target = target;
            this.version = version;
            this.headers = headers;
        }
    }

    /** Thrown for a request that gets an error status and ends the connection. */
    static final class BadRequest extends Exception {
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final class Connection {
        private final Socket s;
        /** System.nanoTime() after which the watchdog closes the connection. */
        volatile long deadline;

        Connection(Socket s) {
            this.s = s;
            this.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.headerTimeoutMs);
        }

        void close() {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        /**
         * Ends the connection after the last response: the client may still be sending (a request cut short by an
         * error status), and closing with unread input would reset the connection before it read the response.
         */
        void lingeringClose() {
            try {
                s.shutdownOutput();
                s.setSoTimeout(500);
                InputStream in = s.getInputStream();
                byte[] sink = new byte[8192];
                for (int total = 0; total < 256 * 1024; ) {
                    int n = in.read(sink);
                    if (n < 0) {
                        break;
                    }
                    total += n;
                }
            } catch (IOException ignored) {
                // closed, reset or too slow: close now
            }
        }

        void refuseBusy() {
            try {
                s.setSoTimeout(1000);
                OutputStream out = s.getOutputStream();
                out.write(head(503, "text/plain; charset=utf-8", 0, null, true).getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException ignored) {
                // the client is gone
            } finally {
                close();
            }
        }

        void serve() {
            try {
                InputStream in = new BufferedInputStream(s.getInputStream());
                OutputStream out = s.getOutputStream();
                for (int n = 0; n < MAX_REQUESTS_PER_CONNECTION && !closed; n++) {
                    // wait for the next request's first byte (idle), then for its header block (header timeout)
                    s.setSoTimeout(n == 0 ? limits.headerTimeoutMs : limits.idleTimeoutMs);
                    deadline = System.nanoTime()
                            + TimeUnit.MILLISECONDS.toNanos(
                                    n == 0 ? limits.headerTimeoutMs : limits.idleTimeoutMs + limits.headerTimeoutMs);
                    in.mark(1);
                    if (in.read() < 0) {
                        return;
                    }
                    in.reset();
                    if (n > 0) {
                        deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.headerTimeoutMs);
                    }
                    Request r;
                    try {
                        r = readRequest(in);
                    } catch (BadRequest e) {
                        sendText(out, e.status, e.getMessage() + "\n", false, true);
                        return;
                    }
                    deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.requestTimeoutMs);
                    boolean keepAlive = keepAlive(r) && n + 1 < MAX_REQUESTS_PER_CONNECTION;
                    if (!respond(r, in, out, keepAlive)) {
                        return;
                    }
                    out.flush();
                    if (!keepAlive) {
                        return;
                    }
                }
            } catch (SocketTimeoutException | SocketException e) {
                // too slow, or closed by the watchdog or the client: the connection ends
            } catch (IOException e) {
                // the client went away
            }
        }

        private boolean keepAlive(Request r) {
            String c = r.headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
            return r.version.equals("HTTP/1.1") ? !c.contains("close") : c.contains("keep-alive");
        }

        /** Sends the response; false when the connection must end (a body left unread). */
        private boolean respond(Request r, InputStream in, OutputStream out, boolean keepAlive) throws IOException {
            boolean head = r.method.equals("HEAD");
            if (!skipBody(r, in)) {
                sendText(out, 413, "request body too large\n", head, true);
                return false;
            }
            if (!head && !r.method.equals("GET")) {
                sendText(out, 405, "method not allowed\n", false, !keepAlive, "Allow: GET, HEAD");
                return keepAlive;
            }
            String path;
            try {
                path = new URI(r.target).getPath();
            } catch (URISyntaxException e) {
                sendText(out, 400, "bad request target\n", head, true);
                return false;
            }
            StaticFiles.Found file;
            try {
                file = files.find(path);
            } catch (IOException e) {
                sendText(out, 500, "cannot read file\n", head, !keepAlive);
                return keepAlive;
            }
            if (file == null) {
                sendText(out, 404, "not found\n", head, !keepAlive);
                return keepAlive;
            }
            byte[] body = file.body;
            String range = r.headers.get("range");
            long[] span =
                    range == null || r.headers.containsKey("if-range") ? null : ByteRanges.parse(range, body.length);
            if (span == ByteRanges.UNSATISFIABLE) {
                String h =
                        head(416, "text/plain; charset=utf-8", 0, "Content-Range: bytes */" + body.length, !keepAlive);
                out.write(h.getBytes(StandardCharsets.US_ASCII));
                return keepAlive;
            }
            int from = span == null ? 0 : (int) span[0];
            int to = span == null ? body.length : (int) span[1] + 1;
            String extra = span == null ? null : "Content-Range: bytes " + span[0] + "-" + span[1] + "/" + body.length;
            out.write(head(span == null ? 200 : 206, file.contentType, to - from, extra, !keepAlive)
                    .getBytes(StandardCharsets.US_ASCII));
            if (!head) {
                out.write(body, from, to - from);
            }
            return keepAlive;
        }
    }

    /** Reads a request line and header block (with the limits); the target is kept as sent. */
    static Request readRequest(InputStream in) throws IOException, BadRequest {
        String line = readLine(in, new int[] {MAX_HEADER_BYTES});
        int[] budget = {MAX_HEADER_BYTES - line.length()};
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[1].startsWith("/") && !parts[1].startsWith("http")) {
            throw new BadRequest(400, "bad request line");
        }
        if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
            throw new BadRequest(505, "HTTP version not supported");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; ; i++) {
            String h = readLine(in, budget);
            if (h.isEmpty()) {
                break;
            }
            int colon = h.indexOf(':');
            if (colon <= 0 || i >= 100) {
                throw new BadRequest(i >= 100 ? 431 : 400, i >= 100 ? "too many header fields" : "bad header field");
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        return new Request(parts[0], parts[1], parts[2], headers);
    }

    /** One CRLF- (or LF-) terminated ISO-8859-1 line, counted against budget[0]. */
    private static String readLine(InputStream in, int[] budget) throws IOException, BadRequest {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new java.io.EOFException("connection closed in the header block");
            }
            if (--budget[0] < 0) {
                throw new BadRequest(431, "request header block too large");
            }
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
    }

    /** Reads and drops a small request body; false when it is too large or chunked (the connection must end). */
    private static boolean skipBody(Request r, InputStream in) throws IOException {
        if (r.headers.containsKey("transfer-encoding")) {
            return false;
        }
        String cl = r.headers.get("content-length");
        if (cl == null) {
            return true;
        }
        long n;
        try {
            n = Long.parseLong(cl.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (n < 0 || n > MAX_IGNORED_BODY) {
            return false;
        }
        in.skipNBytes(n);
        return true;
    }

    private static void sendText(
            OutputStream out, int status, String text, boolean head, boolean close, String... extra)
            throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        out.write(head(status, "text/plain; charset=utf-8", body.length, extra.length == 0 ? null : extra[0], close)
                .getBytes(StandardCharsets.US_ASCII));
        if (!head) {
            out.write(body);
        }
        out.flush();
    }

    /** Status line and headers of a response with a body of length bytes. */
    static String head(int status, String type, long length, String extra, boolean close) {
        StringBuilder h = new StringBuilder("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(reason(status))
                .append("\r\n");
        h.append("Content-Type: ").append(type).append("\r\n");
        h.append("Content-Length: ").append(length).append("\r\n");
        if (extra != null) {
            h.append(extra).append("\r\n");
        }
        h.append("Accept-Ranges: bytes\r\n");
        h.append("Cache-Control: no-cache\r\n");
        h.append("X-Content-Type-Options: nosniff\r\n");
        h.append("Referrer-Policy: no-referrer\r\n");
        h.append("Content-Security-Policy: ").append(CONTENT_SECURITY_POLICY).append("\r\n");
        // cross-origin isolation keeps SharedArrayBuffer available to the page; everything served is same-origin
        h.append("Cross-Origin-Opener-Policy: same-origin\r\n");
        h.append("Cross-Origin-Embedder-Policy: require-corp\r\n");
        if (status == 503) {
            h.append("Retry-After: 1\r\n");
        }
        h.append(close ? "Connection: close\r\n" : "Connection: keep-alive\r\n");
        return h.append("\r\n").toString();
    }

    private static String reason(int status) {
        switch (status) {
            case 200:
                return "OK";
            case 206:
                return "Partial Content";
            case 400:
                return "Bad Request";
            case 404:
                return "Not Found";
            case 405:
                return "Method Not Allowed";
            case 413:
                return "Content Too Large";
            case 416:
                return "Range Not Satisfiable";
            case 431:
                return "Request Header Fields Too Large";
            case 503:
                return "Service Unavailable";
            case 505:
                return "HTTP Version Not Supported";
            default:
                return "Internal Server Error";
        }
    }
}
