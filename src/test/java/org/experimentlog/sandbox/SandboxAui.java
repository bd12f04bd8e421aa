package org.experimentlog.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The host's AUI, as Jira serves it under the web-resource key {@code com.atlassian.auiplugin:ajs}:
 * jQuery, AUI 10 and its design-token theming, from the files the build fetched with npm into
 * {@code target/aui} (POM, plugin maven-antrun-plugin; exact versions and SHA-512 pinned there).
 * Never part of the plugin: inside Jira, Jira's AUI is used. When the build could not fetch AUI,
 * {@link #missingReason()} says why, and the sandbox shows it on every page.
 */
final class SandboxAui {
    /** The web-resource key of Jira's AUI, on which the descriptor's resources depend. */
    static final String MODULE = "com.atlassian.auiplugin:ajs";

    /** The sandbox's own host script (theme switch), served from the test resources. */
    static final String HOST_SCRIPT = "sandbox/sandbox-host.js";

    /**
     * The sandbox dashboard's script: a small AMD loader and Jira's dashboard item API, as the
     * dashboard page needs them.
     */
    static final String DASHBOARD_SCRIPT = "sandbox/sandbox-dashboard.js";

    /** The sandbox's own host stylesheet (the frame around the plugin's pages). */
    static final String HOST_STYLE = "sandbox/sandbox-host.css";

    private static final List<String> SCRIPTS =
            List.of(
                    "jquery/dist/jquery.min.js",
                    "dist/aui/aui-prototyping.js",
                    "dist/aui/aui-prototyping-design-tokens-api-full.js");
    private static final List<String> STYLES = List.of("dist/aui/aui-prototyping.css");

    private final Path directory;

    SandboxAui(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /**
     * The AUI the build fetched: {@code -Dexperimentlog.aui.dir}, else {@code target/aui} of the
     * working directory.
     */
    static SandboxAui fromBuild() {
        return new SandboxAui(Path.of(System.getProperty("experimentlog.aui.dir", "target/aui")));
    }

    /** Whether every file the pages load is there. */
    boolean present() {
        return SCRIPTS.stream().allMatch(f -> Files.isRegularFile(directory.resolve(f)))
                && STYLES.stream().allMatch(f -> Files.isRegularFile(directory.resolve(f)));
    }

    /**
     * Why AUI is missing (what the build wrote, or that it never ran), or empty when it is there.
     */
    Optional<String> missingReason() {
        if (present()) {
            return Optional.empty();
        }
        Path missing = directory.resolve("MISSING");
        try {
            if (Files.isRegularFile(missing)) {
                return Optional.of(Files.readString(missing, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            // fall through to the general reason
        }
        return Optional.of(
                "AUI was not fetched: "
                        + directory
                        + " has no AUI files (run a Maven build with npm on the PATH).");
    }

    /**
     * A file of the AUI tree by its path under the module, or empty for anything outside the tree.
     */
    Optional<Path> file(String name) {
        Path file = directory.resolve(name).normalize();
        return file.startsWith(directory) && Files.isRegularFile(file)
                ? Optional.of(file)
                : Optional.empty();
    }

    /**
     * The tags that load AUI (styles, then jQuery, AUI and the theming API), or none when AUI is
     * missing.
     */
    String tags(String contextPath) {
        StringBuilder tags = new StringBuilder();
        String base = contextPath + "/download/resources/" + MODULE + "/";
        if (present()) {
            STYLES.forEach(
                    s ->
                            tags.append("<link rel=\"stylesheet\" href=\"")
                                    .append(base)
                                    .append(s)
                                    .append("\">"));
            SCRIPTS.forEach(
                    s ->
                            tags.append("<script src=\"")
                                    .append(base)
                                    .append(s)
                                    .append("\" defer></script>"));
        }
        tags.append("<link rel=\"stylesheet\" href=\"")
                .append(base)
                .append(HOST_STYLE)
                .append("\">");
        tags.append("<script src=\"").append(base).append(HOST_SCRIPT).append("\" defer></script>");
        return tags.toString();
    }
}
