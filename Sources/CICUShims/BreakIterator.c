// Break iteration over UTF-8 text through a UText, so that boundaries come
// back as UTF-8 byte offsets without a UTF-16 copy.
#include "CICUShims.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct CICUBreakIterator {
  UBreakIterator *iterator;
  UText *text;
  int32_t started;
};

_Static_assert(sizeof(int32_t) == sizeof(UErrorCode), "UErrorCode must be 32 bits");

static UBreakIteratorType cicu_break_type(CICUBreakKind kind) {
  switch (kind) {
    case CICUBreakKindCharacter: return UBRK_CHARACTER;
    case CICUBreakKindWord: return UBRK_WORD;
    case CICUBreakKindLine: return UBRK_LINE;
    case CICUBreakKindSentence: return UBRK_SENTENCE;
  }
  return UBRK_WORD;
}

// Wraps a freshly opened or cloned ICU iterator, or reports why there is none.
static CICUBreakIterator *cicu_break_wrap(UBreakIterator *iterator, UErrorCode error, int32_t *status) {
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return NULL;
  }
  CICUBreakIterator *result = calloc(1, sizeof(CICUBreakIterator));
  if (result == NULL) {
    ubrk_close(iterator);
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->iterator = iterator;
  *status = (int32_t)error;
  return result;
}

CICUBreakIterator *cicu_break_open(CICUBreakKind kind, const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(cicu_break_type(kind), locale, NULL, 0, &error);
  return cicu_break_wrap(iterator, error, status);
}

CICUBreakIterator *cicu_break_clone(const CICUBreakIterator *proto, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_clone(proto->iterator, &error);
  return cicu_break_wrap(iterator, error, status);
}

void cicu_break_set_utf8(CICUBreakIterator *it, const char *utf8, int64_t length, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  // Reuses the UText when there is one (no allocation after the first text).
  it->text = utext_openUTF8(it->text, utf8, length, &error);
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return;
  }
  ubrk_setUText(it->iterator, it->text, &error);
  it->started = 0;
  *status = (int32_t)error;
}

int32_t cicu_break_next_batch(CICUBreakIterator *it, int32_t *boundaries, int32_t *statuses,
                              int32_t capacity) {
  if (it->text == NULL) return 0;
  if (!it->started) {
    ubrk_first(it->iterator);
    it->started = 1;
  }
  int32_t count = 0;
  while (count < capacity) {
    int32_t boundary = ubrk_next(it->iterator);
    if (boundary == UBRK_DONE) break;
    boundaries[count] = boundary;
    if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(it->iterator);
    count += 1;
  }
  return count;
}

void cicu_break_close(CICUBreakIterator *it) {
  if (it == NULL) return;
  ubrk_close(it->iterator);
  if (it->text != NULL) utext_close(it->text);
  free(it);
}
