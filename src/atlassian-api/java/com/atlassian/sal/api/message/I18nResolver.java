package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * Declaration only, complete: the host's translations of a plugin's i18n keys.
 *
 * <p>From sal-api 5.1.4 (decompiled; ../shared/reference/atlassian-api-reference.md §2); javadoc:
 * https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/I18nResolver.html
 */
public interface I18nResolver {
    String getRawText(String key);

    String getRawText(Locale locale, String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    String getText(String key);

    String getText(Locale locale, String key);

    String getText(Message message);

    String getText(Locale locale, Message message);

    Message createMessage(String key, Serializable... arguments);

    MessageCollection createMessageCollection();

    Map<String, String> getAllTranslationsForPrefix(String prefix);

    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);
}
