package org.reelpress.work;

/** A work's details (title, original title, year, creator, poster, address) were edited. */
public record WorkChanged(long workId) {
}
