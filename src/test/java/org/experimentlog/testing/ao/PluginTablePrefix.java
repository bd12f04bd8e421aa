package org.experimentlog.testing.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.atlassian.TablePrefix;

/**
 * The table prefix Jira's Active Objects plugin gives a plugin: {@code AO_} plus the last six hex
 * digits of the MD5 of the {@code <ao namespace>} (or plugin key), upper case, and an underscore.
 * So tables here are named exactly as in Jira, and the 30-character limit is checked on the real
 * names.
 */
public final class PluginTablePrefix implements TablePrefix {
    private final String prefix;

    public PluginTablePrefix(String namespace) {
        this.prefix = "AO_" + lastSixHexDigitsOfMd5(namespace) + "_";
    }

    static String lastSixHexDigitsOfMd5(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has MD5", e);
        }
    }

    public String prefix() {
        return prefix;
    }

    @Override
    public String prepend(String tableName) {
        return prefix + tableName;
    }
}
