package org.experimentlog.app.port;

import org.experimentlog.app.digest.Digest;

/** Writes a digest as mail, in its reader's language. */
public interface DigestComposer {
    /** A digest as subject, plain text and HTML. */
    record ComposedDigest(String subject, String text, String html) {}

    ComposedDigest compose(Digest digest);
}
