package org.experimentlog.testing;

import org.experimentlog.domain.UserRef;

/** People of the parking-permit service who appear in test data. */
public final class Users {
    /** Product owner of parking permits; the default author of everything. */
    public static final UserRef MARIA = new UserRef("maria.jansen");

    /** A colleague from the service desk. */
    public static final UserRef JOOST = new UserRef("joost.bakker");

    /** An administrator of the app. */
    public static final UserRef ADMIN = new UserRef("admin.devries");

    private Users() {}
}
