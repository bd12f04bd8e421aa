package org.experimentlog.domain.register;

import org.experimentlog.domain.Coded;

/** The open licences the register's data can be published under. */
public enum Licence implements Coded {
    CC_BY_4_0(
            "cc-by-4-0", "CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0(
            "cc-by-sa-4-0",
            "CC-BY-SA-4.0",
            "CC BY-SA 4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC0_1_0("cc0-1-0", "CC0-1.0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/");

    private final String code;
    private final String spdx;
    private final String title;
    private final String url;

    Licence(String code, String spdx, String title, String url) {
        this.code = code;
        this.spdx = spdx;
        this.title = title;
        this.url = url;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The licence's SPDX identifier, e.g. {@code CC-BY-4.0}, as open-data catalogues name licences.
     */
    public String spdx() {
        return spdx;
    }

    /** The licence's short name, the same in every language. */
    public String title() {
        return title;
    }

    /** The licence's deed. */
    public String url() {
        return url;
    }
}
