package org.reelpress.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.reelpress.post.Permalinks;
import org.reelpress.site.SiteSettings;
import org.reelpress.search.SearchResults.Outcome;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Answers a search: the best matches first (newer first among equals), a page at a time, each
 * checked against the database so that a post unpublished a moment ago never shows.
 */
@Component
class Search {

    /** No one reads past this page; it bounds the work a request can ask for. */
    static final int MAX_PAGE = 100;

    private static final Sort RANKED = new Sort(SortField.FIELD_SCORE,
            new SortField(Documents.PUBLISHED, SortField.Type.LONG, true));

    private final SearchIndex index;
    private final SearchablePosts posts;
    private final SearchProperties properties;

    Search(SearchIndex index, SearchablePosts posts, SearchProperties properties) {
        this.index = index;
        this.posts = posts;
        this.properties = properties;
    }

    SearchResults find(SearchRequest request, int perPage, SiteSettings site) {
        Optional<Query> query = SearchQuery.of(request, properties.comments());
        if (query.isEmpty()) {
            return SearchResults.none(request.words().isEmpty() ? Outcome.NOTHING_ASKED : Outcome.NO_WORDS);
        }
        int page = Math.min(request.page(), MAX_PAGE);
        return index.read(searcher -> {
            // typo-tolerant words expand into the words of the index that are near them: once, for all three uses
            Query rewritten = searcher.rewrite(query.get());
            TopDocs top = searcher.search(rewritten, page * perPage, RANKED, true);
            int total = searcher.count(rewritten);
            if (total == 0) {
                return SearchResults.none(Outcome.NOTHING_FOUND);
            }
            List<SearchHit> hits = hits(searcher, rewritten, request, top.scoreDocs, (page - 1) * perPage, site);
            List<Filed> narrowTo = posts.filedUnder(hits.stream().map(SearchHit::id).toList());
            return new SearchResults(Outcome.FOUND, hits, total, narrowTo);
        });
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query rewritten, SearchRequest request, ScoreDoc[] found,
                                 int from, SiteSettings site) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Long> ids = new ArrayList<>();
        Map<Long, String> texts = new HashMap<>();
        for (int i = from; i < found.length; i++) {
            Document doc = stored.document(found[i].doc, Set.of(Documents.ID, Documents.TEXT));
            long id = Long.parseLong(doc.get(Documents.ID));
            ids.add(id);
            texts.put(id, doc.get(Documents.TEXT));
        }
        Map<Long, SearchablePosts.Listed> published = posts.listed(ids);
        Snippets snippets = new Snippets(rewritten, request.words());
        List<SearchHit> hits = new ArrayList<>();
        for (long id : ids) {
            SearchablePosts.Listed post = published.get(id);
            if (post != null) {
                hits.add(new SearchHit(id, permalink(post, site), snippets.title(Documents.normalized(post.title())),
                        snippets.passages(texts.get(id)), post.publishedAt()));
            }
        }
        return hits;
    }

    private static String permalink(SearchablePosts.Listed post, SiteSettings site) {
        return post.type().equals("page")
                ? "/" + UriUtils.encodePathSegment(post.slug(), StandardCharsets.UTF_8) + "/"
                : Permalinks.of(site, post.id(), post.slug(), post.publishedAt());
    }
}
