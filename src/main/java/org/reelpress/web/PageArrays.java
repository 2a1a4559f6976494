package org.reelpress.web;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The arrays pages are rendered into, used again from page to page. A review with its discussion
 * is some 120 KB, and a new array for each was a third of what a page rendered without the page
 * cache allocated: a third of the young collections, each of which stops every request. A page
 * borrows an array before it is rendered and gives it back once it has been written to the
 * response, whose stream has copied it by then. At most {@link #KEPT} arrays of up to
 * {@link #LARGEST_KEPT} bytes wait between pages; a page that finds none idle gets a new one.
 */
final class PageArrays {

    /** Enough for the pages two cores render at once and those still being sent. */
    static final int KEPT = 8;
    /** A thread's longest page is paged well below this; a larger one is left to the collector. */
    static final int LARGEST_KEPT = 512 * 1024;

    private final AtomicReferenceArray<byte[]> idle = new AtomicReferenceArray<>(KEPT);

    /** An array of at least {@code size} bytes, lent to one page: its old bytes are still in it. */
    byte[] borrow(int size) {
        for (int i = 0; i < KEPT; i++) {
            byte[] array = idle.get(i);
            if (array != null && idle.compareAndSet(i, array, null)) {
                if (array.length >= size) {
                    return array;
                }
                // too small for this template's pages: growing it would copy the page, so it goes
            }
        }
        return new byte[size];
    }

    /** Keeps {@code array} for a later page; its borrower must not touch it again. */
    void giveBack(byte[] array) {
        if (array.length > LARGEST_KEPT) {
            return;
        }
        for (int i = 0; i < KEPT; i++) {
            if (idle.get(i) == null && idle.compareAndSet(i, null, array)) {
                return;
            }
        }
    }

    /** How many arrays wait for a page; for tests. */
    int idleCount() {
        int count = 0;
        for (int i = 0; i < KEPT; i++) {
            if (idle.get(i) != null) {
                count++;
            }
        }
        return count;
    }
}
