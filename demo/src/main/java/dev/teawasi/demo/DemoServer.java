package dev.teawasi.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The demo's HTTP server (the JDK's built-in one), bound to 127.0.0.1 only, serving {@link StaticFiles}. */
final class DemoServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";

    private final HttpServer server;
    private final ExecutorService workers;
    private final StaticFiles files;

    private DemoServer(HttpServer server, ExecutorService workers, StaticFiles files) {
        this.server = server;
        this.workers = workers;
        this.files = files;
    }

    /** Starts serving on the given port (0 = any free port). */
    static DemoServer start(int port, StaticFiles files) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(HOST), port), 0);
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "teawasi-serve");
            t.setDaemon(true);
            return t;
        });
        DemoServer demo = new DemoServer(server, workers, files);
        server.createContext("/", demo::handle);
        server.setExecutor(workers);
        server.start();
        return demo;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://" + HOST + ":" + port() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed\n", false);
                return;
            }
            StaticFiles.Found file;
            try {
                file = files.find(exchange.getRequestURI().getPath());
            } catch (IOException e) {
                sendText(exchange, 500, "cannot read file\n", head);
                return;
            }
            if (file == null) {
                sendText(exchange, 404, "not found\n", head);
                return;
            }
            send(exchange, 200, file.contentType, file.body, head);
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        // Cross-origin isolation keeps SharedArrayBuffer available to the page; everything served is same-origin.
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Embedder-Policy", "require-corp");
        if (head) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
