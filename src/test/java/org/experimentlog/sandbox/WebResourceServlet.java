package org.experimentlog.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.experimentlog.testing.PluginDescriptor;

/**
 * Serves the plugin's web resources where Jira does: {@code
 * /download/resources/<plugin-key>:<module-key>/<name>}, from the files the descriptor's {@code
 * <web-resource>} modules name. Nothing else on the classpath is served.
 */
final class WebResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES =
            Map.of(
                    "js",
                    "text/javascript",
                    "css",
                    "text/css",
                    "svg",
                    "image/svg+xml",
                    "png",
                    "image/png",
                    "json",
                    "application/json",
                    "woff",
                    "font/woff",
                    "ttf",
                    "font/ttf",
                    "eot",
                    "application/vnd.ms-fontobject");

    private final transient PluginDescriptor descriptor;
    private final transient SandboxAui aui;

    WebResourceServlet(PluginDescriptor descriptor, SandboxAui aui) {
        this.descriptor = descriptor;
        this.aui = aui;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        String module = slash < 0 ? path : path.substring(0, slash);
        String name = slash < 0 ? "" : path.substring(slash + 1);
        if (module.equals(SandboxAui.MODULE)) {
            host(name, response);
            return;
        }
        String prefix = descriptor.pluginKey() + ":";
        String location =
                !module.startsWith(prefix)
                        ? null
                        : descriptor.webResources().stream()
                                .filter(r -> r.key().equals(module.substring(prefix.length())))
                                .map(r -> r.resources().get(name))
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElse(null);
        if (location == null) {
            response.sendError(404);
            return;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(location)) {
            in.transferTo(response.getOutputStream());
        }
    }

    /**
     * The host's module: AUI's files from the build, and the sandbox frame's own script and
     * stylesheet.
     */
    private void host(String name, HttpServletResponse response) throws IOException {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (name.equals(SandboxAui.HOST_SCRIPT)
                || name.equals(SandboxAui.HOST_STYLE)
                || name.equals(SandboxAui.DASHBOARD_SCRIPT)) {
            response.setContentType(TYPES.get(extension));
            response.setHeader("Cache-Control", "no-cache");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                in.transferTo(response.getOutputStream());
            }
            return;
        }
        Optional<Path> file = aui.file(name);
        if (file.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", "max-age=3600");
        Files.copy(file.get(), response.getOutputStream());
    }
}
