package org.experimentlog.sandbox;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The {@code $i18n} of the sandbox's templates: the plugin's bundles with MessageFormat arguments, with the overloads
 * of Jira's {@code I18nHelper#getText} that the templates use. A missing key renders as the key, as in Jira.
 * Every text goes through MessageFormat, so a literal apostrophe is written {@code ''} in the bundles.
 */
public final class SandboxI18n {
    private final ResourceBundle bundle;

    public SandboxI18n(Locale locale) {
        this.bundle = bundle(locale);
    }

    /** The plugin's bundle: Dutch for {@code nl}, otherwise the English base bundle. */
    static ResourceBundle bundle(Locale locale) {
        Locale chosen = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ROOT;
        return ResourceBundle.getBundle("i18n.experiment-log", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, as Jira does: a literal apostrophe is written '' in the bundles.
        return new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
