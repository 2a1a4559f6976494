package org.reelpress.search;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Lets through only the words written in one {@link Script}. */
final class ScriptFilter extends FilteringTokenFilter {

    private final Script script;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ScriptFilter(TokenStream input, Script script) {
        super(input);
        this.script = script;
    }

    @Override
    protected boolean accept() {
        return script.writes(term);
    }
}
