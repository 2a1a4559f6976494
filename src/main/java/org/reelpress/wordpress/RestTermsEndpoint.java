package org.reelpress.wordpress;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.post.Slugs;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Categories and tags, read as WordPress's /wp/v2/categories and /wp/v2/tags. */
@RestController
class RestTermsEndpoint {

    private static final String[] ORDER_BY = {"id", "include", "name", "slug", "include_slugs", "term_group",
            "description", "count"};

    private final RestTermQueries terms;
    private final RestResponses responses;

    RestTermsEndpoint(RestTermQueries terms, RestResponses responses) {
        this.terms = terms;
        this.responses = responses;
    }

    // GET /wp-json/wp/v2/categories  ?page, per_page, search, slug, post, hide_empty, order, orderby → categories by name
    @GetMapping(RestSite.V2 + "/categories")
    ResponseEntity<String> categories(HttpServletRequest request) {
        return list("category", request);
    }

    // GET /wp-json/wp/v2/tags  ?page, per_page, search, slug, post, hide_empty, order, orderby → tags by name
    @GetMapping(RestSite.V2 + "/tags")
    ResponseEntity<String> tags(HttpServletRequest request) {
        return list("tag", request);
    }

    // GET /wp-json/wp/v2/categories/{id} → the category; none → 404 rest_term_invalid
    @GetMapping(RestSite.V2 + "/categories/{id:\\d{1,18}}")
    ResponseEntity<String> category(@PathVariable long id, HttpServletRequest request) {
        return one("category", id, request);
    }

    // GET /wp-json/wp/v2/tags/{id} → the tag; none → 404 rest_term_invalid
    @GetMapping(RestSite.V2 + "/tags/{id:\\d{1,18}}")
    ResponseEntity<String> tag(@PathVariable long id, HttpServletRequest request) {
        return one("tag", id, request);
    }

    private ResponseEntity<String> one(String taxonomy, long id, HttpServletRequest request) {
        Map<String, Object> term = terms.find(taxonomy, id)
                .orElseThrow(() -> new RestException("rest_term_invalid", "Term does not exist.", 404));
        return responses.one(request, term, null);
    }

    private ResponseEntity<String> list(String taxonomy, HttpServletRequest request) {
        RestParams params = new RestParams(request);
        int page = params.page();
        int perPage = params.perPage();
        String order = params.order("asc");
        String orderBy = params.oneOf("orderby", "name", ORDER_BY);
        List<Long> post = params.ids("post");
        RestTermQueries.Query query = new RestTermQueries.Query(taxonomy, params.search(),
                params.words("slug").stream().map(Slugs::normalize).toList(), post.isEmpty() ? null : post.getFirst(),
                params.flag("hide_empty"), orderBy, "asc".equals(order),
                RestParams.offset(page, perPage), perPage);
        return responses.list(request, terms.list(query), terms.count(query), perPage, null);
    }
}
