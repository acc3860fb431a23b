package dev.teawasi.demo;

import java.io.IOException;
import java.net.BindException;

/** The 'serve' subcommand: serves the demo page and the built JS module on http://127.0.0.1:PORT/ until killed. */
final class ServeCommand {
    static final int DEFAULT_PORT = 8080;
    static final int BAD_ARGS = -1;
    static final int HELP_SHOWN = -2;
    private static final String USAGE = "usage: teawasi serve [--port N]   (N in 0..65535; 0 = any free port)";

    private ServeCommand() {}

    static int run(String[] args) {
        int port = parsePort(args);
        if (port == HELP_SHOWN) {
            return 0;
        }
        if (port == BAD_ARGS) {
            return 2;
        }
        DemoServer server;
        try {
            server = DemoServer.start(port, new StaticFiles(ServeCommand.class.getClassLoader()));
        } catch (BindException e) {
            System.err.println("teawasi: cannot listen on " + DemoServer.HOST + ":" + port + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("teawasi: cannot start the server: " + e.getMessage());
            return 1;
        }
        // Tests parse exactly this line to find the port.
        System.out.println("teawasi demo: " + server.url());
        System.out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        return 0;
    }

    /**
     * The port from "--port N" / "--port=N", the default without flags; BAD_ARGS after printing an error,
     * HELP_SHOWN after printing the usage.
     */
    static int parsePort(String[] args) {
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--port")) {
                if (i + 1 >= args.length) {
                    System.err.println("teawasi serve: --port needs a value\n" + USAGE);
                    return BAD_ARGS;
                }
                value = args[++i];
            } else if (args[i].startsWith("--port=")) {
                value = args[i].substring("--port=".length());
            } else if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println(USAGE);
                return HELP_SHOWN;
            } else {
                System.err.println("teawasi serve: unexpected argument '" + args[i] + "'\n" + USAGE);
                return BAD_ARGS;
            }
            port = portNumber(value);
            if (port < 0) {
                System.err.println("teawasi serve: invalid port '" + value + "'\n" + USAGE);
                return BAD_ARGS;
            }
        }
        return port;
    }

    private static int portNumber(String value) {
        if (value.isEmpty() || value.length() > 5) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n <= 65535 ? n : -1;
    }
}
