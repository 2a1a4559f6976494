package org.reelpress.wordpress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every failure inside the API answers in WordPress's error shape, never as an HTML page or a stack trace. */
@RestControllerAdvice(assignableTypes = {RestPostsEndpoint.class, RestTermsEndpoint.class, RestUsersEndpoint.class,
        RestCommentsEndpoint.class, RestIndexEndpoint.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestExceptions {

    private static final Logger log = LoggerFactory.getLogger(RestExceptions.class);

    private final RestResponses responses;

    RestExceptions(RestResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(RestException.class)
    ResponseEntity<String> refused(RestException error) {
        return responses.error(error);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<String> wrongMethod() {
        return responses.error(RestException.noRoute());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception error) {
        log.error("The REST API failed to answer", error);
        return responses.error(new RestException("rest_internal_error",
                "The blog could not answer this request; try again later.", 500));
    }
}
