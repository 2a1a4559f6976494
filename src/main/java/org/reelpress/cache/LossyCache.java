package org.reelpress.cache;

import java.util.function.Function;

/**
 * Values worked out from their keys, kept in a fixed number of slots: each key has one slot, by
 * its hash, which keeps whichever key last used it. Finding a value costs a hash and a comparison,
 * with no lock and no bookkeeping of use; two keys that share a slot only cost each other a
 * recomputation. For values that depend on nothing but their key, asked for many times a page
 * (the texts of a thread's dates, its commenters' pictures), where a cache that counts uses cost
 * more than some of the values did.
 */
public final class LossyCache<K, V> {

    private record Slot<K, V>(K key, V value) {
    }

    private final Slot<K, V>[] slots;
    private final int mask;

    /** @param size how many values at most, rounded up to a power of two */
    @SuppressWarnings("unchecked")
    public LossyCache(int size) {
        int slotCount = Integer.highestOneBit(Math.max(2, size - 1)) << 1;
        slots = new Slot[slotCount];
        mask = slotCount - 1;
    }

    /** The value of {@code key}, worked out by {@code compute} unless its slot holds it. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        int hash = key.hashCode();
        int index = (hash ^ hash >>> 16) & mask;
        // a slot is replaced whole, never changed, so a reader sees a key with its own value
        Slot<K, V> slot = slots[index];
        if (slot != null && slot.key.equals(key)) {
            return slot.value;
        }
        V value = compute.apply(key);
        slots[index] = new Slot<>(key, value);
        return value;
    }
}
