package org.experimentlog.web.ui;

/**
 * JSON text a page carries for a script to send as it is (the body that undoes a removal): strings
 * quoted and escaped as RFC 8259 requires. The template escapes the result for its HTML attribute.
 */
public final class JsonText {
    private JsonText() {}

    /** A JSON string literal of the text. */
    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
