// Trained models and lexicon tables compiled into the library as byte blobs (no files to find
// at run time, nothing to parse at start-up). See Scripts/train-entities.
#ifndef CVERBATIMMODELS_H
#define CVERBATIMMODELS_H

#include <stddef.h>

/// The named-entity tagger model for French text (format:
/// Sources/Verbatim/Entities/Tagger/EntityModel.swift).
const unsigned char *_Nonnull cverbatim_entity_model_fr(size_t *_Nonnull size);

/// The named-entity tagger model for English text.
const unsigned char *_Nonnull cverbatim_entity_model_en(size_t *_Nonnull size);

/// The entity lexicons as a snapshot (format:
/// Sources/Verbatim/Entities/Tagger/LexiconTable+Snapshot.swift).
const unsigned char *_Nonnull cverbatim_entity_lexicons(size_t *_Nonnull size);

/// The quote layer's word table as a snapshot.
const unsigned char *_Nonnull cverbatim_quote_lexicon(size_t *_Nonnull size);

/// The language identifier's character n-gram table as a snapshot (format:
/// Sources/Verbatim/Language/LanguageModel.swift).
const unsigned char *_Nonnull cverbatim_language_model(size_t *_Nonnull size);

/// The entity tagger's word clusters (format: Scripts/build-word-clusters).
const unsigned char *_Nonnull cverbatim_word_clusters(size_t *_Nonnull size);

/// Asks the processor to bring the cache line of `address` in (the entity
/// tagger prefetches the model slots of a token's features together).
static inline void cverbatim_prefetch(const void *_Nonnull address) {
  __builtin_prefetch(address);
}

#endif
