package org.reelpress.wordpress;

/** Why a file cannot be imported, in words for whoever gave it; nothing of it is kept. */
final class WxrRefused extends RuntimeException {

    WxrRefused(String message) {
        super(message, null, false, false);
    }
}
