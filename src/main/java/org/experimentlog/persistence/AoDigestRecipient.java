package org.experimentlog.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's digest preferences and watermark: their last digest reported everything before {@code
 * REPORTED_UNTIL}.
 */
@Preload
@Table("DigestRcpt")
public interface AoDigestRecipient extends Entity {
    String USER_KEY = "USER_KEY";
    String FREQUENCY = "FREQUENCY";
    String LANGUAGE = "LANGUAGE";
    String REPORTED_UNTIL = "REPORTED_UNTIL";

    /** Whose. */
    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    /** daily or weekly. */
    @NotNull
    @StringLength(40)
    String getFrequency();

    void setFrequency(String frequencyCode);

    /** en or nl; null for the profile's language. */
    @StringLength(10)
    String getLanguage();

    void setLanguage(String language);

    /** Until when the last digest reported (the start of the next). */
    @NotNull
    Date getReportedUntil();

    void setReportedUntil(Date until);
}
