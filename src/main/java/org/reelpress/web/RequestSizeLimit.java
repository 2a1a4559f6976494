package org.reelpress.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers a form or upload larger than the blog takes with the "Too large" page (413). Without this, the
 * server drops the fields of an oversized form and the request fails later with a misleading message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long largestForm;
    private final long largestUpload;

    RequestSizeLimit(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize largestForm,
                     @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize largestUpload) {
        this.largestForm = largestForm.toBytes();
        this.largestUpload = largestUpload.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")
                && request.getContentLengthLong() > largestForm
                || type != null && type.startsWith("multipart/form-data") && request.getContentLengthLong() > largestUpload) {
            // tells the error page's dispatch not to read the oversized upload again, so that the page can show
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(largestUpload));
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
