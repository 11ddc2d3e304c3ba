package it.sfide.challenge;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes search terms, the same for what is indexed and what is asked: lower case, accents folded
 * ("città" finds "citta"), split at anything that is not a letter or digit, words of one character dropped, long
 * words cut at {@value #MAX_LENGTH} characters. A query word matches every indexed word it begins.
 */
public final class SearchTerms {

    public static final int MAX_LENGTH = 40;
    /** The most words of a query that are used (the rest are ignored). */
    public static final int MAX_QUERY_WORDS = 8;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTerms() {
    }

    /** The distinct terms of the texts, in order of appearance. */
    public static Set<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            for (String word : SEPARATORS.split(folded)) {
                if (word.length() >= 2) {
                    terms.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
                }
            }
        }
        return terms;
    }

    /** The words of a search query, at most {@value #MAX_QUERY_WORDS}. */
    public static Set<String> ofQuery(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (String term : of(query)) {
            if (words.size() == MAX_QUERY_WORDS) {
                break;
            }
            words.add(term);
        }
        return words;
    }
}
