package it.sfide.reuse.boundary;

import it.sfide.identity.ItalianRegion;

/**
 * A search of the reuse catalogue: words (in either language, prefixes match; names of the owning body and the
 * operator included), filters (each optional: licence, owning body, its region, a theme of the challenge the
 * solution answers) and the page. Newest first.
 *
 * @param page from 0
 * @param size 1 to {@value #MAX_SIZE}
 */
public record ReuseQuery(String q, String licence, Long body, ItalianRegion region, String theme, int page,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public ReuseQuery {
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /** The same search, another page. */
    public ReuseQuery atPage(int page, int size) {
        return new ReuseQuery(q, licence, body, region, theme, page, size);
    }

    /** Everything, newest first. */
    public static ReuseQuery all(int page, int size) {
        return new ReuseQuery(null, null, null, null, null, page, size);
    }
}
