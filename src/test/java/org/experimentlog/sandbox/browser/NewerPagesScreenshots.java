package org.experimentlog.sandbox.browser;

import java.nio.file.Path;
import java.util.List;
import org.experimentlog.sandbox.Sandbox;

/**
 * Retakes only the screenshots of the newer pages (administration, workflow, public register and
 * its settings, following) in English and Dutch, light and dark, from one fresh sandbox with demo
 * data, without retaking the others; {@link Screenshots} ({@code mvn -Pscreenshots}) takes all.
 * Runs with its own {@code main}: {@code mvn -o test-compile exec:java
 * -Dexec.mainClass=org.experimentlog.sandbox.browser.NewerPagesScreenshots
 * -Dexec.classpathScope=test}.
 */
public final class NewerPagesScreenshots {
    private NewerPagesScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        try (Sandbox sandbox =
                Sandbox.start(
                        new Sandbox.Settings(
                                "127.0.0.1",
                                0,
                                "jdbc:h2:mem:newer-screenshots;DB_CLOSE_DELAY=-1",
                                "sa",
                                "",
                                true))) {
            for (String theme : List.of("light", "dark"))
                for (String language : List.of("en", "nl")) {
                    String t = theme.equals("light") ? "" : "-dark";
                    try (Browser browser = new Browser(sandbox.baseUrl())) {
                        Screenshots.admin(
                                browser,
                                language,
                                theme,
                                folder.resolve("admin-" + language + t + ".png"));
                    }
                }
            WorkflowScreenshots.take(sandbox.baseUrl(), folder);
            RegisterScreenshots.take(sandbox, folder);
            FollowingScreenshots.take(sandbox, folder);
        }
    }
}
