package vn.genderstats.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function of a text, remembered for the texts every form repeats (labels, instructions): the
 * first {@code entries} texts up to {@code longestText} characters, so that a file of odd texts cannot make it grow.
 * Shared by the ingest threads.
 */
public final class RememberedAnswers<T> {

    private final Map<String, T> known = new ConcurrentHashMap<>();
    private final int entries;
    private final int longestText;
    private final Function<String, T> answer;

    public RememberedAnswers(int entries, int longestText, Function<String, T> answer) {
        this.entries = entries;
        this.longestText = longestText;
        this.answer = answer;
    }

    public T of(String text) {
        if (text.length() > longestText) {
            return answer.apply(text);
        }
        T found = known.get(text);
        if (found == null) {
            found = answer.apply(text);
            if (known.size() < entries) {
                known.put(text, found);
            }
        }
        return found;
    }
}
