package org.reelpress.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** Analyzes each field {@code name_xx} with language xx's analyzer (see {@link Language}). */
final class SearchAnalyzer extends DelegatingAnalyzerWrapper {

    SearchAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String field) {
        return Language.ofField(field).analyzer();
    }
}
