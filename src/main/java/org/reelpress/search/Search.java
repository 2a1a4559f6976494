package org.reelpress.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
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

    /** The first results of a search, best first, how many there are in all, and the query (rewritten) that found them. */
    record Ranked(Query query, ScoreDoc[] top, int total) {
    }

    SearchResults find(SearchRequest request, int perPage, SiteSettings site) {
        int page = Math.min(request.page(), MAX_PAGE);
        return index.read(searcher -> {
            Optional<Ranked> ranked = rank(searcher, request, properties.comments(), page * perPage, perPage);
            if (ranked.isEmpty()) {
                return SearchResults.none(request.words().isEmpty() ? Outcome.NOTHING_ASKED : Outcome.NO_WORDS);
            }
            if (ranked.get().total() == 0) {
                return SearchResults.none(Outcome.NOTHING_FOUND);
            }
            List<SearchHit> hits = hits(searcher, ranked.get().query(), ranked.get().top(), (page - 1) * perPage, site);
            List<Filed> narrowTo = posts.filedUnder(hits.stream().map(SearchHit::id).toList());
            return new SearchResults(Outcome.FOUND, hits, ranked.get().total(), narrowTo);
        });
    }

    /**
     * The first {@code count} results for the words as typed; when those find fewer than {@code enough},
     * for the words with typos allowed. Empty when the request holds no word to look for and no filter.
     */
    static Optional<Ranked> rank(IndexSearcher searcher, SearchRequest request, boolean withComments, int count,
                                 int enough) throws IOException {
        Optional<Query> exact = SearchQuery.of(request, withComments, false);
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        Ranked ranked = ranked(searcher, exact.get(), count);
        if (ranked.total() < enough) {
            Query tolerant = SearchQuery.of(request, withComments, true).orElseThrow();
            if (!tolerant.equals(exact.get())) {
                ranked = ranked(searcher, tolerant, count);
            }
        }
        return Optional.of(ranked);
    }

    private static Ranked ranked(IndexSearcher searcher, Query query, int count) throws IOException {
        // typo-tolerant words expand into the words of the index that are near them: once, for all three uses
        Query rewritten = searcher.rewrite(query);
        TopDocs top = searcher.search(rewritten, count, RANKED, false);
        return new Ranked(rewritten, top.scoreDocs, searcher.count(rewritten));
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query rewritten, ScoreDoc[] found, int from, SiteSettings site)
            throws IOException {
        List<Long> ids = new ArrayList<>();
        int[] docs = new int[Math.max(0, found.length - from)];
        for (int i = from; i < found.length; i++) {
            docs[i - from] = found[i].doc;
            ids.add(Documents.idOf(searcher.getIndexReader(), found[i].doc));
        }
        Map<Long, SearchablePosts.Listed> published = posts.listed(ids);
        List<Snippets.Marked> marked = new Snippets(searcher, rewritten).of(docs);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            SearchablePosts.Listed post = published.get(ids.get(i));
            if (post != null) {
                hits.add(new SearchHit(post.id(), permalink(post, site), marked.get(i).titleOr(post.title()),
                        marked.get(i).passages(), post.publishedAt()));
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
