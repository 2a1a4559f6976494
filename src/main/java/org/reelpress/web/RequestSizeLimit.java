package org.reelpress.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers a form or upload larger than the blog takes with the "Too large" page (413). Without this, the
 * server drops the fields of an oversized form and the request fails later with a misleading message.
 * (A plain filter: it runs once, on the request as it arrives, never on a forward or an error page.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends HttpFilter {

    /** Where a whole blog's export is uploaded: it may be far larger than any image. */
    private static final String IMPORT = "/admin/import";

    private final long largestForm;
    private final long largestUpload;
    private final long largestImport;

    RequestSizeLimit(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize largestForm,
                     @Value("${reelpress.upload.largest:12MB}") DataSize largestUpload,
                     @Value("${spring.servlet.multipart.max-request-size:1GB}") DataSize largestImport) {
        this.largestForm = largestForm.toBytes();
        this.largestUpload = largestUpload.toBytes();
        this.largestImport = largestImport.toBytes();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long largest = request.getRequestURI().startsWith(IMPORT) ? largestImport : largestUpload;
        if (type != null && type.startsWith("application/x-www-form-urlencoded")
                && request.getContentLengthLong() > largestForm
                || type != null && type.startsWith("multipart/form-data") && request.getContentLengthLong() > largest) {
            // tells the error page's dispatch not to read the oversized upload again, so that the page can show
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(largest));
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
