package org.experimentlog.web.ui.following;

/**
 * The page an unsubscribe link opens: asks to confirm (a link alone changes nothing, since mail
 * scanners open links), then says what was stopped; or says the link is not valid.
 */
public final class UnsubscribePageView {
    private final boolean valid;
    private final boolean done;
    private final String token;
    private final String kindLabelKey;
    private final String name;

    UnsubscribePageView(
            boolean valid, boolean done, String token, String kindLabelKey, String name) {
        this.valid = valid;
        this.done = done;
        this.token = token;
        this.kindLabelKey = kindLabelKey;
        this.name = name;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public String getKindLabelKey() {
        return kindLabelKey;
    }

    public String getName() {
        return name;
    }
}
