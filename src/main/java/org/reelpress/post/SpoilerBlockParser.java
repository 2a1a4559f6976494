package org.reelpress.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses a spoiler block: a line {@code :::spoiler} (optionally followed by its summary),
 * any Markdown, and a closing line {@code :::}. An unclosed block runs to the end of the text.
 */
class SpoilerBlockParser extends AbstractBlockParser {

    private static final Pattern OPENING = Pattern.compile("^:::\\s*spoiler(?:\\s+(.*?))?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING = Pattern.compile("^:::\\s*$");
    static final String DEFAULT_SUMMARY = "Spoiler: show what happens";

    private final SpoilerBlock block;

    private SpoilerBlockParser(String summary) {
        this.block = new SpoilerBlock(summary);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.getIndent() < 4 && CLOSING.matcher(restOfLine(state)).matches()) {
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    private static CharSequence restOfLine(ParserState state) {
        CharSequence line = state.getLine().getContent();
        return line.subSequence(state.getNextNonSpaceIndex(), line.length());
    }

    static class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            Matcher opening = OPENING.matcher(restOfLine(state));
            if (!opening.matches()) {
                return BlockStart.none();
            }
            String summary = opening.group(1) == null || opening.group(1).isBlank()
                    ? DEFAULT_SUMMARY : opening.group(1).strip();
            return BlockStart.of(new SpoilerBlockParser(summary)).atIndex(state.getLine().getContent().length());
        }
    }
}
