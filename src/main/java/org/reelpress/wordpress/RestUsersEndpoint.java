package org.reelpress.wordpress;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The blog's authors with their public fields, read as WordPress's /wp/v2/users. */
@RestController
class RestUsersEndpoint {

    private static final String[] ORDER_BY = {"id", "include", "name", "registered_date", "slug", "include_slugs",
            "email", "url"};

    private final RestUserQueries users;
    private final RestResponses responses;

    RestUsersEndpoint(RestUserQueries users, RestResponses responses) {
        this.users = users;
        this.responses = responses;
    }

    // GET /wp-json/wp/v2/users  ?page, per_page, search, order, orderby → those who published something, by name
    @GetMapping(RestSite.V2 + "/users")
    ResponseEntity<String> users(HttpServletRequest request) {
        RestParams params = new RestParams(request);
        int page = params.page();
        int perPage = params.perPage();
        String order = params.order("asc");
        String orderBy = params.oneOf("orderby", "name", ORDER_BY);
        RestUserQueries.Query query = new RestUserQueries.Query(params.search(), orderBy, "asc".equals(order),
                RestParams.offset(page, perPage), perPage);
        return responses.list(request, users.list(query), users.count(query), perPage, null);
    }

    // GET /wp-json/wp/v2/users/{id} → an author's public fields; anyone else → 401 rest_user_cannot_view, no such id → 404 rest_user_invalid_id
    @GetMapping(RestSite.V2 + "/users/{id:\\d{1,18}}")
    ResponseEntity<String> user(@PathVariable long id, HttpServletRequest request) {
        Map<String, Object> user = users.find(id).orElseThrow(() -> users.exists(id)
                ? new RestException("rest_user_cannot_view", "Sorry, you are not allowed to list users.", 401)
                : new RestException("rest_user_invalid_id", "Invalid user ID.", 404));
        return responses.one(request, user, null);
    }
}
