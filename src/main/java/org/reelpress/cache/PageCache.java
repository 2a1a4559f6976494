package org.reelpress.cache;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Pages for anonymous readers, kept until something they are made of changes (their tags), within
 * a bounded number of bytes. A page rendered while a change was being made may show the old state:
 * it is only stored when no eviction happened since its rendering began, so nothing stale is kept.
 */
@Component
class PageCache {

    private final Cache<String, CachedPage> pages;
    private final Map<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();

    PageCache(@Value("${reelpress.page-cache.size:64MB}") DataSize size) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(size.toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .removalListener((String key, CachedPage page, RemovalCause cause) -> {
                    if (cause.wasEvicted()) {
                        keysByTag.values().forEach(keys -> keys.remove(key));
                    }
                })
                .build();
    }

    CachedPage find(String key) {
        return pages.getIfPresent(key);
    }

    /** A mark to give {@link #store} for a page whose rendering begins now. */
    long beginRendering() {
        return evictions.get();
    }

    void store(String key, CachedPage page, Collection<String> tags, long renderingBegan) {
        tags.forEach(tag -> keysByTag.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key));
        pages.put(key, page);
        if (evictions.get() != renderingBegan) {
            pages.invalidate(key); // something changed meanwhile: this rendering may already be old
        }
    }

    void evict(String... tags) {
        evictions.incrementAndGet();
        for (String tag : tags) {
            Set<String> keys = keysByTag.remove(tag);
            if (keys != null) {
                pages.invalidateAll(keys);
            }
        }
    }

    void clear() {
        evictions.incrementAndGet();
        keysByTag.clear();
        pages.invalidateAll();
    }

    long size() {
        return pages.estimatedSize();
    }
}
