package org.reelpress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();

    private static String page(String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + head
                + "\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    @Test
    void findsNothingWrongWithAMinimalValidPage() {
        assertThat(CHECKER.errorsIn(page("<title>Fine</title>", "<p>Hello</p>"))).isEmpty();
    }

    @Test
    void reportsABlockInsideAnInlineElementWithItsLine() {
        var errors = CHECKER.errorsIn(page("<title>Nested</title>", "<span><div>Wrong</div></span>"));

        assertThat(errors).singleElement().asString()
                .startsWith("8:").contains("“div” not allowed as child of element “span”");
    }

    @Test
    void reportsAMissingTitle() {
        assertThat(CHECKER.errorsIn(page("", "<p>No title</p>")))
                .anySatisfy(error -> assertThat(error).contains("title"));
    }

    @Test
    void reportsAnAttributeThatDoesNotBelong() {
        assertThat(CHECKER.errorsIn(page("<title>Bad</title>", "<a href=\"/\" hidden=\"false\" frobnicate=\"1\">x</a>")))
                .anySatisfy(error -> assertThat(error).contains("frobnicate"));
    }

    @Test
    void leavesWarningsOut() {
        // a section without a heading is only a warning
        assertThat(CHECKER.errorsIn(page("<title>Warned</title>", "<section><p>No heading</p></section>"))).isEmpty();
    }

    @Test
    void canCheckOnePageAfterAnother() {
        assertThat(CHECKER.errorsIn(page("", "<p>x</p>"))).isNotEmpty();
        assertThat(CHECKER.errorsIn(page("<title>Fine</title>", "<p>x</p>"))).isEmpty();
    }
}
