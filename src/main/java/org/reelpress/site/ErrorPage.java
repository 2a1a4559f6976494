package org.reelpress.site;

/** What went wrong, said to a reader: never a stack trace. */
public record ErrorPage(Layout layout, int status, String headline, String explanation) {
}
