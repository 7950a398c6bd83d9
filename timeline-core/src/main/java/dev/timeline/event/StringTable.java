package dev.timeline.event;

/**
 * A map from strings to values by open addressing: the keys in one array with their hash codes in another beside
 * them, the values in a third, probed linearly. A look-up reads a slot of each array, which the processor can fetch
 * at once, and no entry objects. No removal but {@link #clear()}; null keys and values are not allowed. Not thread-safe.
 *
 * @param <V> the type of the values
 */
final class StringTable<V> {
    private String[] keys;
    private int[] hashes;
    private Object[] values;
    private int size;

    /** An empty table. */
    StringTable() {
        allocate(16);
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        size = 0;
    }

    /** How many keys it holds. */
    int size() {
        return size;
    }

    /** Forgets every key. */
    void clear() {
        allocate(16);
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int hash = key.hashCode();
        int mask = keys.length - 1;
        for (int slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
            String k = keys[slot];
            if (k == null) {
                return null;
            }
            if (hashes[slot] == hash && (k == key || k.equals(key))) {
                return (V) values[slot];
            }
        }
    }

    /** Maps {@code key} to {@code value}, in place of any value it had. */
    void put(String key, V value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int hash = key.hashCode();
        int mask = keys.length - 1;
        int slot = spread(hash) & mask;
        while (keys[slot] != null && (hashes[slot] != hash || !keys[slot].equals(key))) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == null) {
            size++;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        allocate(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                @SuppressWarnings("unchecked")
                V v = (V) oldValues[i];
                put(oldKeys[i], v);
            }
        }
    }

    /** Spreads the high bits of a hash code into the low ones that pick the slot, as {@code HashMap} does. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
