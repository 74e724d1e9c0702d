package com.renewalpost.labels.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Blocks that repeat from page to page (a letterhead, the instructions of one language, a CN22 shared by a whole run)
 * laid out once per document and then placed by reference: faster, and a smaller file. Bounded, so that a run with
 * ever-changing blocks still keeps memory flat.
 */
public final class FormCache {

    private static final int CAPACITY = 64;

    private final Map<Object, Fit.Block> blocks = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Fit.Block> eldest) {
            return size() > CAPACITY;
        }
    };

    public Fit.Block get(Object key, Supplier<Fit.Block> render) {
        Fit.Block block = blocks.get(key);
        if (block == null) {
            block = render.get();
            blocks.put(key, block);
        }
        return block;
    }
}
