package dev.teawasi.testweb.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP server on 127.0.0.1 for browser tests: URL prefixes mapped to directories. Under the prefix
 * /isolated/ every mapping is served again with COOP same-origin and COEP require-corp, so a page loaded from
 * there is cross-origin isolated (SharedArrayBuffer, Atomics.wait in Workers).
 */
public final class TestPageServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            ".html",
            "text/html; charset=utf-8",
            ".js",
            "text/javascript",
            ".mjs",
            "text/javascript",
            ".wasm",
            "application/wasm",
            ".css",
            "text/css",
            ".json",
            "application/json");

    private final HttpServer server;
    private final Map<String, Path> mounts = new LinkedHashMap<>();

    public TestPageServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves dir under /prefix/ (and /isolated/prefix/). */
    public TestPageServer mount(String prefix, Path dir) {
        mounts.put("/" + prefix + "/", dir);
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            boolean isolated = path.startsWith("/isolated/");
            if (isolated) {
                path = path.substring("/isolated".length());
                ex.getResponseHeaders().add("Cross-Origin-Opener-Policy", "same-origin");
                ex.getResponseHeaders().add("Cross-Origin-Embedder-Policy", "require-corp");
            }
            Path file = null;
            for (Map.Entry<String, Path> m : mounts.entrySet()) {
                if (path.startsWith(m.getKey())) {
                    Path p = m.getValue()
                            .resolve(path.substring(m.getKey().length()))
                            .normalize();
                    if (p.startsWith(m.getValue()) && Files.isRegularFile(p)) {
                        file = p;
                    }
                }
            }
            if (file == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            ex.getResponseHeaders()
                    .add(
                            "Content-Type",
                            TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot), "application/octet-stream"));
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            byte[] body = Files.readAllBytes(file);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
