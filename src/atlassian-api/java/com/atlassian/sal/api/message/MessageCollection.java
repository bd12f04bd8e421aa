package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.List;

/**
 * Declaration only, and partial: a list of messages. The reference lists these methods and elides
 * the rest; the plugin never implements it. From sal-api 5.1.4 (decompiled;
 * ../shared/reference/atlassian-api-reference.md §2); javadoc:
 * https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/MessageCollection.html
 */
public interface MessageCollection {
    void addMessage(String key, Serializable... arguments);

    void addMessage(Message message);

    void addAll(List<Message> messages);

    boolean isEmpty();
}
