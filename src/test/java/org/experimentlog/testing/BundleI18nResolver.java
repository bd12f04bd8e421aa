package org.experimentlog.testing;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * SAL's I18nResolver on the plugin's own bundles, in the reader's language. Used by the sandbox (in
 * each request's language) and by unit tests of code that writes texts for a reader, so they use
 * the real bundles rather than a mock. Every text goes through MessageFormat, as in Jira, so a
 * literal apostrophe is written {@code ''} in the bundles.
 */
public final class BundleI18nResolver implements I18nResolver {
    private final Supplier<Locale> currentLocale;

    /** Texts in English unless a method is given a locale. */
    public BundleI18nResolver() {
        this(() -> Locale.ENGLISH);
    }

    /**
     * Texts in the language {@code currentLocale} gives at the time of the call, unless a method is
     * given one.
     */
    public BundleI18nResolver(Supplier<Locale> currentLocale) {
        this.currentLocale = currentLocale;
    }

    /** The plugin's bundle: Dutch for {@code nl}, otherwise the English base bundle. */
    public static ResourceBundle bundle(Locale locale) {
        Locale chosen =
                "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ROOT;
        return ResourceBundle.getBundle(
                "i18n.experiment-log",
                chosen,
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The bundle's text for the key with the arguments filled in by MessageFormat; the key itself
     * when missing.
     */
    public static String format(ResourceBundle bundle, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    @Override
    public String getRawText(String key) {
        return getRawText(currentLocale.get(), key);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(currentLocale.get(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return format(bundle(locale), key, (Object[]) arguments);
    }

    @Override
    public String getText(String key) {
        return getText(currentLocale.get(), key);
    }

    @Override
    public String getText(Locale locale, String key) {
        return format(bundle(locale), key);
    }

    @Override
    public String getText(Message message) {
        return getText(message.getKey(), message.getArguments());
    }

    @Override
    public String getText(Locale locale, Message message) {
        return getText(locale, message.getKey(), message.getArguments());
    }

    @Override
    public Message createMessage(String key, Serializable... arguments) {
        return new Message() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getKey() {
                return key;
            }

            @Override
            public Serializable[] getArguments() {
                return arguments.clone();
            }
        };
    }

    @Override
    public MessageCollection createMessageCollection() {
        List<Message> messages = new ArrayList<>();
        return new MessageCollection() {
            @Override
            public void addMessage(String key, Serializable... arguments) {
                messages.add(createMessage(key, arguments));
            }

            @Override
            public void addMessage(Message message) {
                messages.add(message);
            }

            @Override
            public void addAll(List<Message> more) {
                messages.addAll(more);
            }

            @Override
            public boolean isEmpty() {
                return messages.isEmpty();
            }
        };
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        return getAllTranslationsForPrefix(prefix, currentLocale.get());
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Map<String, String> found = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                found.put(key, bundle.getString(key));
            }
        }
        return found;
    }
}
