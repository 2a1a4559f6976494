package org.reelpress.identity;

import java.util.List;

import org.reelpress.site.Layout;
import org.reelpress.web.FormToken;

/** The sign-in page: a writer's password form, the providers readers may use, and what went wrong. */
public record SignInPage(Layout layout, String problem, List<SignInProvider> providers, FormToken token) {
}
