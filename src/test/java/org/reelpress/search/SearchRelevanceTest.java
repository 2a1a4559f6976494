package org.reelpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What readers find on a small blog of reviews in Korean, Japanese, Chinese and English (our
 * own words), searched the way the blog searches: the expected review comes first.
 */
class SearchRelevanceTest {

    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
    private static IndexSearcher searcher;

    private static IndexedPost review(long id, String title, String text, String work, String originalTitle,
                                      String creator, String category, String... tags) {
        List<Filed> filed = new ArrayList<>();
        filed.add(new Filed("category", category.toLowerCase(), category));
        for (String tag : tags) {
            filed.add(new Filed("tag", tag.toLowerCase(), tag));
        }
        StringBuilder about = new StringBuilder();
        for (String part : new String[] {work, originalTitle, creator, category}) {
            if (part != null) {
                about.append(part).append('\n');
            }
        }
        for (String tag : tags) {
            about.append(tag).append('\n');
        }
        return new IndexedPost(id, "post", title, text, about.toString(), "", filed,
                work == null ? null : new Filed("work", "work-" + id, work), Instant.ofEpochSecond(1_700_000_000L + id));
    }

    @BeforeAll
    static void indexTheBlog() throws IOException {
        List<IndexedPost> blog = List.of(
                review(1, "7번방의 선물 — 감옥에서 피어난 부성애",
                        "딸을 향한 아버지의 사랑이 교도소 7번방 사람들을 바꿔 놓는다. 아버지가 딸에게 남기는 마지막 선물 앞에서 "
                                + "객석은 웃다가 울었다. 억울한 누명이라는 무거운 이야기를 코미디로 풀어낸 용기가 돋보인다.",
                        "Miracle in Cell No. 7", "7번방의 선물", "이환경", "Film", "Korean cinema"),
                review(2, "기생충, 계단이 말하는 계급",
                        "반지하에 사는 가족이 언덕 위 부잣집에 하나둘 스며든다. 폭우가 쏟아지는 밤, 끝없이 내려가는 계단이 "
                                + "두 가족의 거리를 보여 준다.",
                        "Parasite", "기생충", "봉준호", "Film", "Korean cinema"),
                review(3, "千と千尋の神隠し:名前を取り戻す旅",
                        "湯屋で働くことになった少女が、豚に変えられた両親を救うために名前を奪われる。神隠しの物語でありながら、"
                                + "働くことと成長することを静かに描いている。",
                        "Spirited Away", "千と千尋の神隠し", "宮崎駿", "Animation", "Japanese cinema"),
                review(4, "東京物語を見直す",
                        "老夫婦が尾道から東京の子どもたちを訪ねるが、忙しい子どもたちは両親をもてあます。低い位置のカメラが"
                                + "家族の距離を淡々と映し出す。",
                        "Tokyo Story", "東京物語", "小津安二郎", "Film", "Japanese cinema"),
                review(5, "霸王别姬:半个世纪的戏梦人生",
                        "两个京剧演员从童年的科班一路走到文革,这部电影讲述了爱情、背叛与时代的洪流。张国荣的表演令人难忘。",
                        "Farewell My Concubine", "霸王别姬", "陈凯歌", "Film", "Chinese cinema"),
                review(6, "卧虎藏龙里的竹林",
                        "竹林中的打斗如同舞蹈,轻功让人物摆脱了重力。这是一个关于自由与责任的故事。",
                        "Crouching Tiger, Hidden Dragon", "卧虎藏龙", "李安", "Film", "Chinese cinema"),
                review(7, "The Miracle Worker, sixty years on",
                        "Anne Sullivan reaches Helen Keller through the water pump, and the film earns every second of that "
                                + "scene. Patty Duke and Anne Bancroft fight across a dinner table for nine minutes.",
                        "The Miracle Worker", null, "Arthur Penn", "Film", "Classics"),
                review(8, "Parasite and the stairs",
                        "A poor family slips into a rich household one by one. The director keeps sending them down staircases "
                                + "until the rain floods their semi-basement.",
                        "Parasite", "기생충", "Bong Joon-ho", "Film", "Korean cinema"),
                review(9, "Holiday films for a long winter",
                        "Some wrapped gifts, the stairs up to a grandmother's flat, a family argument over dinner: the comfort films we return to "
                                + "every December.",
                        null, null, null, "Lists", "Holidays"),
                review(10, "Letters & <notes> from 할머니",
                        "Before the credits: <b>할머니</b>가 남긴 편지 & 사진 — a grandmother's letters, read aloud.",
                        null, null, null, "Lists", "Letters"));
        try (IndexWriter writer = new IndexWriter(DIRECTORY, new IndexWriterConfig(new SearchAnalyzer()))) {
            for (IndexedPost post : blog) {
                writer.addDocument(Documents.of(post));
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(DIRECTORY));
    }

    @AfterAll
    static void close() throws IOException {
        searcher.getIndexReader().close();
    }

    private static List<Long> found(String words) {
        return found(new SearchRequest(words, null, null, null, 1));
    }

    /** What the results page finds, best first. */
    private static List<Long> found(SearchRequest request) {
        try {
            Optional<Search.Ranked> ranked = Search.rank(searcher, request, false, 10, 10);
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : ranked.map(Search.Ranked::top).orElse(new ScoreDoc[0])) {
                ids.add(Documents.idOf(searcher.getIndexReader(), hit.doc));
            }
            return ids;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aKoreanWordFindsTheTitleItStandsIn() {
        assertThat(found("선물")).first().isEqualTo(1L);
    }

    @Test
    void koreanTypedDecomposedFindsTheSameAsComposed() {
        String decomposed = Normalizer.normalize("선물", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("선물");
        assertThat(found(decomposed)).first().isEqualTo(1L);
    }

    @Test
    void aKoreanWordWithItsEndingFindsTheWordWithout() {
        assertThat(found("계단이")).contains(2L).doesNotContain(1L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void anEnglishPluralFindsTheSingularInTitlesAndWorks() {
        assertThat(found("miracles")).first().isEqualTo(7L);
        assertThat(found("miracles")).contains(1L).doesNotContain(2L, 8L, 9L);
    }

    @Test
    void aJapaneseWordFindsItsReview() {
        assertThat(found("神隠し")).first().isEqualTo(3L);
        assertThat(found("東京")).first().isEqualTo(4L);
    }

    @Test
    void aJapaneseVerbFindsItsOtherForms() {
        // 働く in the text as 働くこと and 働く少女… Kuromoji reads 働い as the same verb
        assertThat(found("働いた")).contains(3L).doesNotContain(4L);
    }

    @Test
    void aChineseWordFindsItsReview() {
        assertThat(found("京剧")).first().isEqualTo(5L);
        assertThat(found("竹林")).first().isEqualTo(6L);
        assertThat(found("电影")).first().isEqualTo(5L);
    }

    @Test
    void theOriginalTitleFindsTheReviewsOfTheWork() {
        assertThat(found("기생충")).containsExactlyInAnyOrder(2L, 8L);
    }

    @Test
    void wordsInTwoScriptsMustBothBeThere() {
        assertThat(found("Parasite 계단")).containsExactly(2L);
    }

    @Test
    void aMisspelledLongerWordStillFindsItsReview() {
        assertThat(found("Sulivan")).containsExactly(7L);
        assertThat(found("mirakle")).contains(7L);
    }

    @Test
    void fullWidthLettersFindTheirOrdinaryForm() {
        assertThat(found("ｐａｒａｓｉｔｅ")).contains(8L);
    }

    @Test
    void aTitleWordOutranksTheSameWordInPassing() {
        assertThat(found("stairs")).first().isEqualTo(8L);
        assertThat(found("stairs")).contains(9L);
    }

    @Test
    void narrowsToACategoryTagOrWork() {
        assertThat(found(new SearchRequest("family", null, "holidays", null, 1))).containsExactly(9L);
        assertThat(found(new SearchRequest("", "animation", null, null, 1))).containsExactly(3L);
        assertThat(found(new SearchRequest("stairs", null, null, "work-8", 1))).containsExactly(8L);
        assertThat(found(new SearchRequest("stairs", "animation", null, null, 1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the of and", "   ", "?!", "\"", "(", "AND OR NOT", "*", "~2", "title:[a TO z]", "\\",
            "\"unbalanced quotes", "+-&&||!(){}[]^\"~*?:\\/", "🎬🍿", "\u0000", "선물 \"", "%", "' OR 1=1 --",
            "\u0001\u0007\u001b[31m\u007f", "stairs\u0000family", "\uD83C", "\uDFAC stairs \uD83C", "a AND b OR NOT c",
            "title_en:stairs", "stair*", "/stairs/", "stairs~", "stairs^100", "\"the\" \"of\"", "\u200B\uFEFF", "ｔｈｅ"})
    void oddQueriesGiveAnAnswerRatherThanAnError(String words) {
        assertThat(found(words)).isNotNull();
    }

    @Test
    void controlCharactersAndBrokenCharactersReadAsSpaces() {
        assertThat(new SearchRequest("stairs\u0000family\uD83C", null, null, null, 1).words()).isEqualTo("stairs family");
        assertThat(found("stairs\u0000family")).contains(9L);
        assertThat(found("\uDFAC stairs \uD83C")).first().isEqualTo(8L);
    }

    @Test
    void veryLongWordsGiveAnAnswer() {
        assertThat(found("a".repeat(40_000))).isEmpty();
        assertThat(found("🎬".repeat(20_000))).isEmpty();
        // a run of one syllable or character may well be read as that word over and over: any answer will do
        assertThat(found("선".repeat(20_000))).isNotNull();
        assertThat(found("神".repeat(20_000))).isNotNull();
        assertThat(found("stairs " + "x".repeat(300))).as("a real word beside a long one").isEmpty();
    }

    @Test
    void aThousandWordsGiveAnAnswer() {
        String words = String.join(" ", java.util.Collections.nCopies(1000, "stairs family 선물 神隠し 电影 mirakle"));
        assertThat(found(words)).isNotNull();
    }

    @Test
    void wordsTooCommonToSearchForMakeNoQuery() {
        assertThat(SearchQuery.of(new SearchRequest("the of and", null, null, null, 1), false, true)).isEmpty();
    }

    private static Snippets.Marked marked(String words, long id) {
        try {
            Query query = Search.rank(searcher, new SearchRequest(words, null, null, null, 1), false, 10, 10).orElseThrow().query();
            int doc = searcher.search(new TermQuery(Documents.idTerm(id)), 1).scoreDocs[0].doc;
            return new Snippets(searcher, query).of(new int[] {doc}).getFirst();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void snippetsMarkTheWordsFoundAndEscapeTheRest() {
        Snippets.Marked letters = marked("편지", 10);

        assertThat(letters.passages()).isEqualTo("Before the credits: &lt;b&gt;할머니&lt;/b&gt;가 남긴 <mark>편지</mark> &amp; 사진 "
                + "— a grandmother&#39;s letters, read aloud.");
        assertThat(letters.title()).isEqualTo("Letters &amp; &lt;notes&gt; from 할머니");
    }

    @Test
    void snippetsMarkTheWordInTheTitleAndTheText() {
        Snippets.Marked gift = marked("선물", 1);

        assertThat(gift.title()).isEqualTo("7번방의 <mark>선물</mark> — 감옥에서 피어난 부성애");
        assertThat(gift.passages()).contains("마지막 <mark>선물</mark> 앞에서");
    }

    @Test
    void snippetsMarkAStemmedOrMisspelledMatchWhereItStands() {
        assertThat(marked("mirakles", 7).title()).isEqualTo("The <mark>Miracle</mark> Worker, sixty years on");
        assertThat(marked("staircase", 8).passages()).contains("down <mark>staircases</mark> until");
    }

    @Test
    void aHanWordReadAsJapaneseAndAsChineseIsMarkedOnce() {
        assertThat(marked("京剧", 5).passages()).contains("两个<mark>京剧</mark>演员").doesNotContain("<mark><mark>");
    }

    @Test
    void aResultWhoseTextLacksTheWordsShowsNoPassageAndItsTitleAsWritten() {
        Snippets.Marked parasite = marked("기생충", 8);

        assertThat(parasite.passages()).isEmpty();
        assertThat(parasite.title()).isEqualTo("Parasite and the stairs");
    }

    @Test
    void aTitleChangedSinceItWasIndexedIsShownAsItIsNow() {
        Snippets.Marked gift = marked("선물", 1);

        assertThat(gift.titleOr("7번방의 선물 — 감옥에서 피어난 부성애")).isEqualTo(gift.title());
        assertThat(gift.titleOr("A <new> title")).isEqualTo("A &lt;new&gt; title");
    }
}
