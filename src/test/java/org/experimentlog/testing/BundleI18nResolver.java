package org.experimentlog.sandbox;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.message.MessageCollection;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * SAL's I18nResolver in the sandbox: the plugin's bundles in the current request's language. Public so unit tests of
 * code that writes texts for a reader can use the real bundles rather than a mock.
 */
public final class SandboxI18nResolver implements I18nResolver {
    private static SandboxI18n current() {
        return new SandboxI18n(CurrentUser.locale());
    }

    @Override
    public String getRawText(String key) {
        return getRawText(CurrentUser.locale(), key);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        ResourceBundle bundle = SandboxI18n.bundle(locale);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return current().getText(key, (Object) arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return new SandboxI18n(locale).getText(key, (Object) arguments);
    }

    @Override
    public String getText(String key) {
        return current().getText(key);
    }

    @Override
    public String getText(Locale locale, String key) {
        return new SandboxI18n(locale).getText(key);
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
        java.util.List<Message> messages = new java.util.ArrayList<>();
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
            public void addAll(java.util.List<Message> more) {
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
        return getAllTranslationsForPrefix(prefix, CurrentUser.locale());
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale) {
        ResourceBundle bundle = SandboxI18n.bundle(locale);
        Map<String, String> found = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                found.put(key, bundle.getString(key));
            }
        }
        return found;
    }
}
