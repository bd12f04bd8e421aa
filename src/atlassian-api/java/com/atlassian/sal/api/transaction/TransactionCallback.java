package com.atlassian.sal.api.transaction;

/**
 * Declaration only: a unit of work run inside a host transaction (SAL).
 *
 * <p>Signature from sal-api 5.1.4 (decompiled; ../shared/reference/atlassian-api-reference.md §2)
 * and the SAL javadoc:
 * https://docs.atlassian.com/sal-api/5.0.3/sal-api/apidocs/com/atlassian/sal/api/transaction/TransactionCallback.html
 *
 * @param <T> what the unit of work returns
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
