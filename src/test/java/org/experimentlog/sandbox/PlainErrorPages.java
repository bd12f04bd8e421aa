package org.experimentlog.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Error pages that say only the status: no exception name or message, no stack, no server name or
 * version (Jetty's default page shows the message, which for an unexpected failure is the
 * exception's). JSON for REST and for clients that ask for it, a short HTML page otherwise. What
 * went wrong is in the sandbox's log, not in the answer.
 */
final class PlainErrorPages extends ErrorHandler {
    PlainErrorPages() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected boolean generateAcceptableResponse(
            Request request,
            Response response,
            Callback callback,
            String contentType,
            List<Charset> charsets,
            int code,
            String message,
            Throwable cause) {
        String reason = HttpStatus.getMessage(code);
        boolean json =
                request.getHttpURI().getPath().contains("/rest/")
                        || String.valueOf(request.getHeaders().get(HttpHeader.ACCEPT))
                                .contains("json");
        String body =
                json
                        ? "{\"status\":" + code + ",\"errors\":[{\"message\":\"" + reason + "\"}]}"
                        : "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                                + code
                                + " "
                                + reason
                                + "</title></head><body><main><h1>"
                                + code
                                + " "
                                + reason
                                + "</h1></main></body></html>";
        response.getHeaders()
                .put(
                        new HttpField(
                                HttpHeader.CONTENT_TYPE,
                                json
                                        ? "application/json;charset=utf-8"
                                        : "text/html;charset=utf-8"));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
