#include "CVerbatimModels.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

// Aligned to a cache line: the models' u32 tables are read in place, and a
// 32-byte slot then never straddles two lines.
static const unsigned char entity_model_fr[] __attribute__((aligned(64))) = {
#embed "entity-model-fr.bin" if_empty(0)
};

static const unsigned char entity_model_en[] __attribute__((aligned(64))) = {
#embed "entity-model-en.bin" if_empty(0)
};

const unsigned char *cverbatim_entity_model_fr(size_t *size) {
  *size = sizeof(entity_model_fr);
  return entity_model_fr;
}

const unsigned char *cverbatim_entity_model_en(size_t *size) {
  *size = sizeof(entity_model_en);
  return entity_model_en;
}

// Lexicon tables built from the text resources (Scripts/build-lexicon-snapshots);
// the library checks that they match the resources it was compiled with.
static const unsigned char entity_lexicons[] __attribute__((aligned(64))) = {
#embed "entity-lexicons.bin" if_empty(0)
};

static const unsigned char quote_lexicon[] __attribute__((aligned(64))) = {
#embed "quote-lexicon.bin" if_empty(0)
};

const unsigned char *cverbatim_entity_lexicons(size_t *size) {
  *size = sizeof(entity_lexicons);
  return entity_lexicons;
}

const unsigned char *cverbatim_quote_lexicon(size_t *size) {
  *size = sizeof(quote_lexicon);
  return quote_lexicon;
}

// The language identifier's n-gram table (Scripts/build-lexicon-snapshots).
static const unsigned char language_model[] __attribute__((aligned(64))) = {
#embed "language-model.bin" if_empty(0)
};

const unsigned char *cverbatim_language_model(size_t *size) {
  *size = sizeof(language_model);
  return language_model;
}

// The entity tagger's word clusters (Scripts/build-word-clusters).
static const unsigned char word_clusters[] __attribute__((aligned(64))) = {
#embed "word-clusters.bin" if_empty(0)
};

const unsigned char *cverbatim_word_clusters(size_t *size) {
  *size = sizeof(word_clusters);
  return word_clusters;
}
