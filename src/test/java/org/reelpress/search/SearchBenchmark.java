package org.reelpress.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.springframework.util.FileSystemUtils;

/**
 * Indexes 10,000 generated reviews in Korean, Japanese, Chinese and English with 100,000
 * comments, the way the blog does (same analyzers, documents, queries and snippets), then times
 * a fixed set of searches as the results page runs them: the query, the first page of ten, the
 * count and the snippets. The database is left out. Not a test; see bench/search/README.md.
 */
class SearchBenchmark {

    private static final String[] EN = ("miracle film director family secret stairs rain house city night father "
            + "daughter prison gift story ending scene camera light winter summer war love betrayal opera "
            + "bamboo forest dance silence memory train station journey river mountain ghost spirit bath "
            + "worker teacher water pump dinner table score music actor actress performance restoration "
            + "print archive silent cinema classic review sequel remake tragedy comedy drama thriller").split(" ");
    private static final String[] KO = ("선물 기적 가족 비밀 계단 비 집 도시 밤 아버지 딸 감옥 이야기 결말 장면 카메라 빛 "
            + "겨울 여름 전쟁 사랑 배신 감독 배우 연기 음악 기억 기차 역 여행 강 산 유령 영화 웃음 눈물 반지하 부자 "
            + "폭우 언덕 학교 친구 편지 바다 시간 마지막").split(" ");
    private static final String[] KO_ENDINGS = {"은", "는", "이", "가", "을", "를", "의", "에서", "과", "도", ""};
    private static final String[] JA = ("神隠し 映画 家族 東京 秘密 階段 雨 家 都市 夜 父 娘 物語 結末 場面 カメラ 光 冬 夏 "
            + "戦争 愛 裏切り 監督 俳優 演技 音楽 記憶 電車 駅 旅 川 山 幽霊 湯屋 少女 名前 両親 成長 老夫婦 距離").split(" ");
    private static final String[] JA_PARTICLES = {"は", "が", "を", "の", "に", "で", "と", "も"};
    private static final String[] ZH = ("电影 京剧 竹林 爱情 背叛 家庭 秘密 楼梯 雨 房子 城市 夜晚 父亲 女儿 监狱 礼物 故事 "
            + "结局 场景 镜头 光线 冬天 夏天 战争 导演 演员 表演 音乐 记忆 火车 车站 旅程 河流 高山 鬼魂 舞蹈 自由 "
            + "责任 时代 命运 童年").split(" ");
    private static final String[] ZH_JOINERS = {"的", "了", "和", "在", "是", ""};
    private static final String[] CATEGORIES = {"film", "series", "animation", "lists"};

    /** The fixed query set: single words, plurals, typos, two words, mixed scripts, a filter. */
    private static final List<SearchRequest> QUERIES = List.of(
            request("miracle"), request("miracles"), request("mirakle"), request("stairs rain"),
            request("family secret"), request("restoration archive"), request("betrayl"),
            request("선물"), request("기적"), request("가족 비밀"), request("감독의"),
            request("神隠し"), request("映画"), request("家族"), request("東京の夜"),
            request("电影"), request("京剧"), request("竹林"), request("爱情 背叛"),
            request("director 감독"), new SearchRequest("film", "animation", null, null, 1),
            new SearchRequest("gift", null, null, null, 3));

    private static SearchRequest request(String words) {
        return new SearchRequest(words, null, null, null, 1);
    }

    public static void main(String[] args) throws IOException {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int comments = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        if (args.length > 3) {
            // a folder of one's own keeps the index for the next run, which then only searches
            Path kept = Path.of(args[3]);
            if (!DirectoryReader.indexExists(FSDirectory.open(kept))) {
                index(kept, posts, comments);
            }
            search(kept, rounds);
            return;
        }
        Path folder = Files.createTempDirectory("reelpress-search-bench-");
        try {
            index(folder, posts, comments);
            search(folder, rounds);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static void index(Path folder, int postCount, int commentCount) throws IOException {
        Random random = new Random(2026);
        List<IndexedPost> posts = new ArrayList<>(postCount);
        for (int i = 0; i < postCount; i++) {
            posts.add(post(i + 1, random, commentCount / postCount));
        }
        long start = System.nanoTime();
        long startCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer())
                     .setRAMBufferSizeMB(64))) {
            for (IndexedPost post : posts) {
                writer.addDocument(Documents.of(post));
            }
            writer.commit();
        }
        double indexing = (System.nanoTime() - start) / 1e9;
        double indexingCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startCpu) / 1e9;
        System.out.printf("indexed %,d posts and %,d comments in %.1f s wall clock, %.1f s CPU (%.0f posts/s)%n",
                postCount, commentCount, indexing, indexingCpu, postCount / indexing);
        System.out.printf("index size %.1f MB%n", size(folder) / 1e6);
    }

    private static void search(Path folder, int rounds) throws IOException {

        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int warm = 0; warm < 5; warm++) {
                QUERIES.forEach(request -> search(searcher, request));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<Double> all = new ArrayList<>();
            List<Double> allCpu = new ArrayList<>();
            for (SearchRequest request : QUERIES) {
                double[] times = new double[rounds];
                double[] cpu = new double[rounds];
                int found = 0;
                for (int round = 0; round < rounds; round++) {
                    long c = threads.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    found = search(searcher, request);
                    times[round] = (System.nanoTime() - t) / 1e6;
                    cpu[round] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                    all.add(times[round]);
                    allCpu.add(cpu[round]);
                }
                Arrays.sort(times);
                Arrays.sort(cpu);
                System.out.printf("  %-28s %,7d found  wall p50 %6.2f p99 %6.2f ms  cpu p50 %6.2f p99 %6.2f ms%n",
                        describe(request), found, percentile(times, 50), percentile(times, 99),
                        percentile(cpu, 50), percentile(cpu, 99));
            }
            double[] times = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] cpu = allCpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("all %,d searches, wall clock: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", times.length,
                    percentile(times, 50), percentile(times, 99), times[times.length - 1]);
            System.out.printf("all %,d searches, CPU time of the searching thread: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    cpu.length, percentile(cpu, 50), percentile(cpu, 99), cpu[cpu.length - 1]);
        }
    }

    /** What {@link Search#find} does with the index for one results page of ten; returns the count. */
    private static int search(IndexSearcher searcher, SearchRequest request) {
        try {
            Optional<Search.Ranked> ranked = Search.rank(searcher, request, true, request.page() * 10, 10);
            if (ranked.isEmpty()) {
                return 0;
            }
            ScoreDoc[] hits = ranked.get().top();
            int from = (request.page() - 1) * 10;
            int[] docs = new int[Math.max(0, hits.length - from)];
            for (int i = from; i < hits.length; i++) {
                docs[i - from] = hits[i].doc;
                Documents.idOf(searcher.getIndexReader(), hits[i].doc);
            }
            new Snippets(searcher, ranked.get().query()).of(docs);
            return ranked.get().total();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IndexedPost post(long id, Random random, int comments) {
        int language = (int) (id % 4);
        String title = sentence(language, random, 2 + random.nextInt(3));
        StringBuilder text = new StringBuilder();
        int sentences = 8 + random.nextInt(20);
        for (int i = 0; i < sentences; i++) {
            // one sentence in five in another language, as reviews quote titles and names
            int lang = random.nextInt(5) == 0 ? random.nextInt(4) : language;
            text.append(sentence(lang, random, 6 + random.nextInt(10))).append(' ');
        }
        StringBuilder said = new StringBuilder();
        for (int i = 0; i < comments; i++) {
            said.append(sentence(random.nextInt(4), random, 5 + random.nextInt(20))).append('\n');
        }
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        List<Filed> filed = List.of(new Filed("category", category, category),
                new Filed("tag", "tag-" + random.nextInt(200), "Tag " + id % 200));
        String work = sentence(3, random, 2);
        return new IndexedPost(id, "post", title, text.toString(), work + "\n" + category, said.toString(), filed,
                new Filed("work", "work-" + id, work), Instant.ofEpochSecond(1_600_000_000L + id * 3600));
    }

    private static String sentence(int language, Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            switch (language) {
                case 0 -> s.append(pick(KO, random)).append(pick(KO_ENDINGS, random)).append(' ');
                case 1 -> s.append(pick(JA, random)).append(pick(JA_PARTICLES, random));
                case 2 -> s.append(pick(ZH, random)).append(pick(ZH_JOINERS, random));
                default -> s.append(pick(EN, random)).append(i % 4 == 3 ? "s " : " ");
            }
        }
        return s.toString().strip() + switch (language) {
            case 1, 2 -> "。";
            default -> ".";
        };
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }

    private static String describe(SearchRequest request) {
        return "\"" + request.words() + "\"" + (request.category() != null ? " in " + request.category() : "")
                + (request.page() > 1 ? " page " + request.page() : "");
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
