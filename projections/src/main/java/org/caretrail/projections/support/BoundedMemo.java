package org.caretrail.projections.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function for the last few thousand distinct inputs, for rules that every judgement
 * of a patient asks again about the same stay (its cohorts, its Charlson conditions). Safe for the processor threads
 * and the query threads at once. When full it forgets everything and starts over: simpler than an eviction order,
 * and a judgement only costs what it cost without the memo until the stays it asks about are remembered again.
 * Keys must be immutable values (records, {@code List.copyOf}).
 */
public final class BoundedMemo<K, V> {

    private final int capacity;
    private final Function<K, V> function;
    private final Map<K, V> answers = new ConcurrentHashMap<>();

    public BoundedMemo(int capacity, Function<K, V> function) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.function = function;
    }

    /** The function's answer for the key, remembered or worked out now. */
    public V get(K key) {
        V known = answers.get(key);
        if (known != null) {
            return known;
        }
        V answer = function.apply(key);
        if (answers.size() >= capacity) {
            answers.clear();
        }
        answers.put(key, answer);
        return answer;
    }

    /** How many answers are remembered now. */
    public int size() {
        return answers.size();
    }
}
