package org.reelpress.search;

import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;

/**
 * The languages the index understands, each with its analyzer: English with stemming
 * ("miracles" → "miracl"), Korean with Nori ("7번방의 선물" → 번방, 선물), Japanese with Kuromoji
 * ("神隠しは" → 神隠し), Chinese with SmartCN ("这部电影" → 这部, 电影). Each field of a post is
 * indexed once per language under {@code field_suffix}. Words in the same {@link #group} stand
 * for each other (Han characters are read both as Japanese and as Chinese).
 */
enum Language {
    EN("en", 0, Script.OTHER),
    KO("ko", 1, Script.HANGUL),
    JA("ja", 2, Script.KANA_OR_HAN),
    ZH("zh", 2, Script.HAN);

    static final List<Language> ALL = List.of(values());

    private final String suffix;
    private final int group;
    private final Analyzer analyzer;
    private final Script script;

    Language(String suffix, int group, Script script) {
        this.suffix = suffix;
        this.group = group;
        this.script = script;
        this.analyzer = keeping(script, base(suffix));
    }

    String field(String name) {
        return name + "_" + suffix;
    }

    int group() {
        return group;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The parts of {@code text} this language's analyzer would make words of; the rest need not be read. */
    ScriptParts partsOf(String text) {
        return ScriptParts.of(text, script);
    }

    static Language ofField(String field) {
        String suffix = field.substring(field.lastIndexOf('_') + 1);
        return Arrays.stream(values()).filter(l -> l.suffix.equals(suffix)).findFirst().orElse(EN);
    }

    private static Analyzer base(String suffix) {
        return switch (suffix) {
            case "ko" -> new Analyzer() {
                // Nori without its hanja-to-Hangul reading, so Chinese text does not turn into Korean words
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer tokenizer = new KoreanTokenizer();
                    TokenStream words = new LowerCaseFilter(new KoreanPartOfSpeechStopFilter(tokenizer));
                    return new TokenStreamComponents(tokenizer, words);
                }
            };
            case "ja" -> new JapaneseAnalyzer();
            case "zh" -> new SmartChineseAnalyzer();
            default -> new EnglishAnalyzer();
        };
    }

    private static Analyzer keeping(Script script, Analyzer analyzer) {
        return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                return analyzer;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String field, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(),
                        new ScriptFilter(components.getTokenStream(), script));
            }
        };
    }
}
