package dev.timeline.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves the files under one folder over HTTP on 127.0.0.1 (a free port), read-only, and remembers what was asked
 * for: a page that loads its data with XMLHttpRequest, as TimelineJS does, cannot from {@code file://}.
 */
final class StaticFiles implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json",
            "application/json; charset=utf-8", "ttf", "font/ttf", "woff", "font/woff", "woff2", "font/woff2",
            "svg", "image/svg+xml", "png", "image/png");

    private final Path root;
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private StaticFiles(Path root) throws IOException {
        this.root = root.toRealPath();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving {@code root}. */
    static StaticFiles serve(Path root) throws IOException {
        return new StaticFiles(root);
    }

    /** The address of {@code path} (relative to the folder) on this server. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    /** The paths asked for so far, with the status answered: {@code "200 /index.html"}. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            boolean found = exchange.getRequestMethod().equals("GET") && file.startsWith(root)
                    && Files.isRegularFile(file);
            requests.add((found ? "200 " : "404 ") + path);
            if (!found) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
