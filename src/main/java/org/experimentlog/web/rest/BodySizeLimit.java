package org.experimentlog.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413, while reading, so a huge or
 * endless body never reaches a JSON parser or the heap. The largest legitimate body (a failure
 * story at its length limits) is well below this.
 */
@Component
@Provider
public class BodySizeLimit implements ReaderInterceptor {
    public static final int MAX_BYTES = 512 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null
                && declared.matches("\\d{1,18}")
                && Long.parseLong(declared) > MAX_BYTES) {
            throw tooLarge();
        }
        context.setInputStream(new Limited(context.getInputStream()));
        return context.proceed();
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(
                "The request body is larger than " + (MAX_BYTES / 1024) + " KB.",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
