package org.jixiao.importing.document;

/** Something a reader left out of the blocks because it could not place it with confidence: where, and why (Chinese). */
public record ReaderNote(Place place, String reason) {}
