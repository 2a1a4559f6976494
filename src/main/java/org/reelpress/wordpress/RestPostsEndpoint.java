package org.reelpress.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.post.Slugs;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Published posts and pages, read as WordPress's /wp/v2/posts and /wp/v2/pages. */
@RestController
class RestPostsEndpoint {

    private static final String[] ORDER_BY = {"author", "date", "id", "include", "modified", "parent", "relevance",
            "slug", "include_slugs", "title"};

    private final RestPostQueries posts;
    private final RestPostShapes shapes;
    private final RestEmbeds embeds;
    private final RestResponses responses;

    RestPostsEndpoint(RestPostQueries posts, RestPostShapes shapes, RestEmbeds embeds, RestResponses responses) {
        this.posts = posts;
        this.shapes = shapes;
        this.embeds = embeds;
        this.responses = responses;
    }

    // GET /wp-json/wp/v2/posts  ?page, per_page, search, author, categories, tags, slug, order, orderby → a page of published posts, newest first
    @GetMapping(RestSite.V2 + "/posts")
    ResponseEntity<String> posts(HttpServletRequest request) {
        return list("post", request);
    }

    // GET /wp-json/wp/v2/pages  ?page, per_page, search, author, slug, order, orderby → a page of published pages
    @GetMapping(RestSite.V2 + "/pages")
    ResponseEntity<String> pages(HttpServletRequest request) {
        return list("page", request);
    }

    // GET /wp-json/wp/v2/posts/{id} → the published post; anything else → 404 rest_post_invalid_id
    @GetMapping(RestSite.V2 + "/posts/{id:\\d{1,18}}")
    ResponseEntity<String> post(@PathVariable long id, HttpServletRequest request) {
        return one("post", id, request);
    }

    // GET /wp-json/wp/v2/pages/{id} → the published page; anything else → 404 rest_post_invalid_id
    @GetMapping(RestSite.V2 + "/pages/{id:\\d{1,18}}")
    ResponseEntity<String> page(@PathVariable long id, HttpServletRequest request) {
        return one("page", id, request);
    }

    private ResponseEntity<String> one(String type, long id, HttpServletRequest request) {
        RestPost post = posts.find(type, id).orElseThrow(() -> new RestException("rest_post_invalid_id", "Invalid post ID.", 404));
        return responses.one(request, shapes.shape(post, posts.termsOf(List.of(id)).getOrDefault(id, Map.of())),
                embeds.forPosts());
    }

    private ResponseEntity<String> list(String type, HttpServletRequest request) {
        RestParams params = new RestParams(request);
        int page = params.page();
        int perPage = params.perPage();
        String order = params.order("desc");
        String orderBy = params.oneOf("orderby", "date", ORDER_BY);
        List<String> slugs = params.words("slug").stream().map(Slugs::normalize).toList();
        boolean isPost = "post".equals(type);
        RestPostQueries.Query query = new RestPostQueries.Query(type, params.search(), params.ids("author"), slugs,
                isPost ? params.ids("categories") : List.of(), isPost ? params.ids("tags") : List.of(),
                orderBy, "asc".equals(order), RestParams.offset(page, perPage), perPage);
        long total = posts.count(query);
        long pages = (total + perPage - 1) / perPage;
        if (page > 1 && page > pages) {
            throw new RestException("rest_post_invalid_page_number",
                    "The page number requested is larger than the number of pages available.", 400);
        }
        List<RestPost> found = posts.list(query);
        Map<Long, Map<String, List<Long>>> terms = posts.termsOf(found.stream().map(RestPost::id).toList());
        List<Map<String, Object>> items = new ArrayList<>();
        found.forEach(post -> items.add(shapes.shape(post, terms.getOrDefault(post.id(), Map.of()))));
        return responses.list(request, items, total, perPage, embeds.forPosts());
    }
}
