package org.reelpress.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reelpress.search.comments}: whether approved comments are searched along with the posts
 * they are under (off by default: a review is found by what its writer wrote).
 */
@ConfigurationProperties("reelpress.search")
record SearchProperties(boolean comments) {
}
