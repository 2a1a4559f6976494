package org.reelpress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.BasicConfigurator;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks an HTML document with the Nu Html Checker (the engine behind the W3C's validator), run in
 * this JVM against the schemas packed in its jar: nothing is fetched. Only errors count; warnings
 * and notes are left out.
 */
public final class HtmlChecker {

    /** The name of the HTML + SVG + MathML + RDFa schema; the jar carries a copy, so it is never fetched. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    static {
        // the checker logs through log4j 1: show its warnings, not its debugging chatter
        BasicConfigurator.configure();
        Logger.getRootLogger().setLevel(Level.WARN);
    }

    private final SimpleDocumentValidator validator;

    public HtmlChecker() {
        // keep the logging set above, do not log addresses, skip the slow language guess (it only warns)
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, new Collector());
        } catch (Exception e) {
            throw new IllegalStateException("The checker could not load its HTML schema", e);
        }
    }

    /** The errors in {@code html}, each as "line:column: message"; empty when the document is valid. */
    public synchronized List<String> errorsIn(String html) {
        Collector errors = new Collector();
        try {
            validator.setUpValidatorAndParsers(errors, true, false);
            InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setSystemId("about:checked-page");
            validator.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            errors.found.add("0:0: the checker stopped: " + e.getMessage());
        }
        return List.copyOf(errors.found);
    }

    private static final class Collector implements ErrorHandler {

        private final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
