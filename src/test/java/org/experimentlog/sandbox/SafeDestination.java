package org.experimentlog.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the login and administrator-access pages may send the browser afterwards ({@code
 * os_destination}, {@code webSudoDestination}): only a path inside the sandbox's context. A
 * destination that leaves it after normalisation ({@code /..//evil.example}, {@code
 * //evil.example}, {@code /\evil.example}, an absolute URL), or that holds anything but the
 * characters of a URI path and query (spaces, line breaks, non-ASCII, backslashes), is ignored and
 * the start page is used instead; it never reaches {@code sendRedirect}, so it cannot cause an
 * error.
 */
final class SafeDestination {
    /**
     * A path and query in plain URI characters (RFC 3986 unreserved, sub-delims, ':', '@', '/',
     * '?', '%').
     */
    private static final Pattern URI_CHARACTERS =
            Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

    private static final int MAX_LENGTH = 2000;

    private SafeDestination() {}

    /**
     * The destination as a path to put after the context path, or empty when it is missing or
     * unsafe.
     *
     * @param destination what the form or query asked for, relative to the context ({@code
     *     /browse/PERMIT-1})
     */
    static Optional<String> of(String destination) {
        if (destination == null
                || destination.length() > MAX_LENGTH
                || !URI_CHARACTERS.matcher(destination).matches()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(destination);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String path;
        try {
            path = URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a broken %-escape
        }
        // judged on the decoded path, as a browser or a proxy might decode it before resolving dots
        if (!path.startsWith("/")
                || path.startsWith("//")
                || path.contains("\\")
                || path.contains("//")
                || hasDotSegment(path)
                || path.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(destination);
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
