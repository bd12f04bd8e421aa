package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The sandbox serves the AUI the build fetched, says why when it could not, and serves nothing
 * outside AUI's tree.
 */
public class SandboxAuiTest {
    @Rule public TemporaryFolder folder = new TemporaryFolder();

    private Path fetched() throws Exception {
        Path root = folder.newFolder("aui").toPath();
        for (String file :
                new String[] {
                    "jquery/dist/jquery.min.js",
                    "dist/aui/aui-prototyping.js",
                    "dist/aui/aui-prototyping-design-tokens-api-full.js",
                    "dist/aui/aui-prototyping.css"
                }) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), "/* */");
        }
        return root;
    }

    @Test
    public void tags_shouldLoadAuiBeforeTheHostScripts_whenTheBuildFetchedIt() throws Exception {
        SandboxAui target = new SandboxAui(fetched());

        String tags = target.tags("/jira");

        assertTrue(target.present());
        assertEquals(Optional.empty(), target.missingReason());
        assertTrue(
                tags,
                tags.startsWith(
                        "<link rel=\"stylesheet\" href=\"/jira/download/resources/com.atlassian.auiplugin:ajs/dist/aui/aui-prototyping.css\">"));
        assertTrue(
                tags, tags.indexOf("aui-prototyping.js") < tags.indexOf("sandbox/sandbox-host.js"));
    }

    @Test
    public void missingReason_shouldSayWhatTheBuildWrote_whenNpmCouldNotFetchAui()
            throws Exception {
        Path root = folder.newFolder("plain").toPath();
        Files.writeString(
                root.resolve("MISSING"),
                "npm could not fetch AUI 10.0.4 at build time (npm result: 127).");
        SandboxAui target = new SandboxAui(root);

        assertFalse(target.present());
        assertEquals(
                Optional.of("npm could not fetch AUI 10.0.4 at build time (npm result: 127)."),
                target.missingReason());
        assertFalse(target.tags("/jira"), target.tags("/jira").contains("aui-prototyping"));
    }

    @Test
    public void file_shouldServeNothingOutsideAuisTree() throws Exception {
        Path root = fetched();
        Files.writeString(root.getParent().resolve("secret.txt"), "no");
        SandboxAui target = new SandboxAui(root);

        assertTrue(target.file("dist/aui/aui-prototyping.css").isPresent());
        assertEquals(Optional.empty(), target.file("../secret.txt"));
        assertEquals(Optional.empty(), target.file("dist/../../secret.txt"));
        assertEquals(Optional.empty(), target.file("dist/aui"));
    }
}
