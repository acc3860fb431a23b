package dev.teawasi.testweb.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One `java -jar demo/target/teawasi.jar serve --port 0` process shared by all test classes of a run (started on
 * first use, stopped when the run ends), so the browser and HTTP tests pay for one JVM start.
 */
public final class DemoServerProcess implements AutoCloseable {
    private static final Pattern URL_LINE = Pattern.compile("^teawasi demo: (http://127\\.0\\.0\\.1:\\d+/)$");

    private final Process process;
    private final String url;

    private DemoServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** The running server for this test run, starting it if needed. */
    public static DemoServerProcess get(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DemoServerProcess.class, k -> start(), DemoServerProcess.class);
    }

    /** The base URL, e.g. http://127.0.0.1:41234/ */
    public String url() {
        return url;
    }

    private static DemoServerProcess start() {
        List<String> command =
                List.of(Artifacts.javaExecutable(), "-jar", Artifacts.demoJar().toString(), "serve", "--port", "0");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command, e);
        }
        StringBuilder seen = new StringBuilder();
        CompletableFuture<String> urlFound = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            synchronized (seen) {
                                seen.append(line).append('\n');
                            }
                            Matcher m = URL_LINE.matcher(line);
                            if (m.matches()) {
                                urlFound.complete(m.group(1));
                            }
                        }
                    } catch (IOException e) {
                        // The process ended; handled below.
                    }
                    urlFound.complete(null);
                },
                "demo-server-output");
        reader.setDaemon(true);
        reader.start();
        String url;
        try {
            url = urlFound.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            url = null;
        }
        if (url == null) {
            process.destroyForcibly();
            synchronized (seen) {
                throw new IllegalStateException(
                        "the demo server printed no 'teawasi demo: URL' line; output:\n" + seen);
            }
        }
        // Backstop for a test JVM that ends without closing the run's store (e.g. killed by a timeout).
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "demo-server-kill"));
        return new DemoServerProcess(process, url);
    }

    @Override
    public void close() throws InterruptedException {
        // JUnit calls this when the run's root context closes, after the last test class.
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
