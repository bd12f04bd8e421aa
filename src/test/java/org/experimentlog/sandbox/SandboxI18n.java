package org.experimentlog.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.experimentlog.testing.BundleI18nResolver;

/**
 * The {@code $i18n} of the sandbox's templates: the plugin's bundles with MessageFormat arguments,
 * with the overloads of Jira's {@code I18nHelper#getText} that the templates use. A missing key
 * renders as the key, as in Jira. Every text goes through MessageFormat, so a literal apostrophe is
 * written {@code ''} in the bundles.
 */
public final class SandboxI18n {
    private final ResourceBundle bundle;

    public SandboxI18n(Locale locale) {
        this.bundle = bundle(locale);
    }

    /** The plugin's bundle: Dutch for {@code nl}, otherwise the English base bundle. */
    static ResourceBundle bundle(Locale locale) {
        return BundleI18nResolver.bundle(locale);
    }

    public Locale getLocale() {
        return bundle.getLocale();
    }

    public String getText(String key) {
        return format(key);
    }

    /** One argument, or a list or array of them, as Jira's {@code getText(String, Object)}. */
    public String getText(String key, Object parameters) {
        if (parameters instanceof List<?> list) {
            return format(key, list.toArray());
        }
        if (parameters instanceof Object[] array) {
            return format(key, array);
        }
        return format(key, parameters);
    }

    public String getText(String key, String first, String second) {
        return format(key, first, second);
    }

    public String getText(String key, String first, String second, String third) {
        return format(key, first, second, third);
    }

    private String format(String key, Object... arguments) {
        // Always through MessageFormat, as Jira does: a literal apostrophe is written '' in the
        // bundles.
        return BundleI18nResolver.format(bundle, key, arguments);
    }
}
