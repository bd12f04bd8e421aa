package org.experimentlog.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One administrator setting, as a key and a text value; shared by all cluster nodes through the
 * database.
 */
@Preload
@Table("Setting")
public interface AoSetting extends Entity {
    String SETTING_KEY = "SETTING_KEY";
    String SETTING_VALUE = "SETTING_VALUE";

    /** The setting name. */
    @NotNull
    @Unique
    @StringLength(100)
    String getSettingKey();

    void setSettingKey(String key);

    /** The value as text. */
    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String value);
}
