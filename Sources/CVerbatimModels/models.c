#include "CVerbatimModels.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

// 8-byte aligned so the model's u64 keys can be read in place.
static const unsigned char entity_model[] __attribute__((aligned(16))) = {
#embed "entity-model.bin" if_empty(0)
};

const unsigned char *cverbatim_entity_model(size_t *size) {
  *size = sizeof(entity_model);
  return entity_model;
}
