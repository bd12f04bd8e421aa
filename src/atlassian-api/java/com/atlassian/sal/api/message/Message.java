package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Declaration only: an i18n key with its arguments.
 *
 * <p>From sal-api 5.1.4 (decompiled; ../shared/reference/atlassian-api-reference.md §2); javadoc:
 * https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/message/Message.html
 */
public interface Message extends Serializable {
    String getKey();

    Serializable[] getArguments();
}
