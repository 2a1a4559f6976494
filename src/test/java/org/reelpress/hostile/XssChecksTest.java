package org.reelpress.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The corpus tests are only as good as this: it must see each way a page could run a stranger's code. */
class XssChecksTest {

    @Test
    void findsEventHandlersForeignScriptsAndDangerousAddresses() {
        assertThat(XssChecks.inFragment("<img src=x onerror=alert(1)>", "t")).hasSize(1);
        assertThat(XssChecks.inFragment("<script>alert(1)</script>", "t")).hasSize(1);
        assertThat(XssChecks.inFragment("<script src=/x.js></script>", "t")).hasSize(1);
        assertThat(XssChecks.inFragment("<a href=\"java&#x09;script:alert(1)\">x</a>", "t")).hasSize(1);
        assertThat(XssChecks.inFragment("<a href=\" \u0001javascript:alert(1)\">x</a>", "t")).hasSize(1);
        assertThat(XssChecks.inFragment("<form><button formaction=\"vbscript:x\">x</button></form>", "t")).hasSize(1);
        assertThat(XssChecks.inFragment("<img src=\"data:image/svg+xml,x\">", "t")).hasSize(1);
        assertThat(XssChecks.inFragment("<iframe src=https://example.com></iframe>", "t")).hasSize(1);
        assertThat(XssChecks.inFragment("<p style=\"x:expression(alert(1))\">x</p>", "t")).hasSize(1);
        assertThat(XssChecks.inPage("<head><meta http-equiv=refresh content=\"0;url=https://e.example\"><base href=/></head>", "t")).hasSize(2);
    }

    @Test
    void passesTheBlogsOwnScriptsLinksAndText() {
        String page = "<html><head><script src=\"/assets/reelpress.js\" defer></script>"
                + "<script type=\"application/ld+json\">{\"headline\":\"\\u003c/script\\u003e\"}</script></head>"
                + "<body><a href=\"/2013/01/x/\">x</a><a href=\"https://example.com\">x</a><a href=\"mailto:a@example.com\">x</a>"
                + "<a href=\"#respond\">x</a><img src=\"/avatars/0000000000000000.svg\" alt=\"\">"
                + "<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1) javascript:alert(1)</p></body></html>";

        assertThat(XssChecks.inPage(page, "t")).isEmpty();
    }

    @Test
    void refusesJsonLdThatCouldEndItsElementOrDoesNotParse() {
        assertThat(XssChecks.jsonLdProblem("{\"headline\":\"</script><script>alert(1)</script>\"}")).isPresent();
        assertThat(XssChecks.jsonLdProblem("{\"headline\": ")).isPresent();
        assertThat(XssChecks.jsonLdProblem("{\"headline\":\"\\u003c/script\\u003e\"}")).isEmpty();
    }

    @Test
    void readsTheHtmlInsideFeedEntries() {
        String rss = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<description>&lt;b&gt;channel text is text&lt;/b&gt;</description><item>"
                + "<content:encoded><![CDATA[<img src=x onerror=alert(1)>]]></content:encoded></item></channel></rss>";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><author><uri>javascript:alert(1)</uri></author>"
                + "<content type=\"html\">&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt;</content></entry></feed>";

        assertThat(XssChecks.inFeed(rss, "rss")).hasSize(1);
        assertThat(XssChecks.inFeed(atom, "atom")).hasSize(2);
        assertThat(XssChecks.inFeed("<rss><channel>", "broken")).hasSize(1);
    }

    @Test
    void holdsSeveralHundredPayloads() {
        assertThat(XssPayloads.handWritten()).hasSizeGreaterThan(350);
        assertThat(XssPayloads.all()).hasSizeGreaterThan(900).doesNotHaveDuplicates();
    }
}
