package com.atlassian.jira.user;

import java.util.Locale;

/**
 * Declaration only: the language each user chose in their Jira profile, or Jira's default language
 * for a user who chose none. The digests are written in it.
 *
 * <p>Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/user/UserLocaleStore.html
 * ({@code @Nonnull Locale getLocale(@Nullable ApplicationUser user)}, {@code Locale
 * getDefaultLocale()}). UNVERIFIED that Jira 11 still exports it as a component plugins can import;
 * see docs/install.md.
 */
public interface UserLocaleStore {
    Locale getLocale(ApplicationUser user);

    Locale getDefaultLocale();
}
