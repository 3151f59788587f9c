#include "CICUFloor.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct CICUFloor {
  UBreakIterator *iterator;
  UText *text;
};

CICUFloor *cicu_floor_open(const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &error);
  *status = (int32_t)error;
  if (U_FAILURE(error)) return NULL;
  CICUFloor *floor = calloc(1, sizeof(CICUFloor));
  if (floor == NULL) {
    ubrk_close(iterator);
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  floor->iterator = iterator;
  return floor;
}

CICUFloorCount cicu_floor_count(CICUFloor *floor, const char *utf8, int64_t length) {
  CICUFloorCount count = {0, 0, 0};
  UErrorCode error = U_ZERO_ERROR;
  floor->text = utext_openUTF8(floor->text, utf8, length, &error);  // reused after the first call
  if (U_SUCCESS(error)) ubrk_setUText(floor->iterator, floor->text, &error);
  count.status = (int32_t)error;
  if (U_FAILURE(error)) return count;
  ubrk_first(floor->iterator);
  for (int32_t b = ubrk_next(floor->iterator); b != UBRK_DONE; b = ubrk_next(floor->iterator)) {
    count.boundaries += 1;
    if (ubrk_getRuleStatus(floor->iterator) >= UBRK_WORD_NONE_LIMIT) count.words += 1;
  }
  return count;
}

void cicu_floor_close(CICUFloor *floor) {
  if (floor == NULL) return;
  ubrk_close(floor->iterator);
  if (floor->text != NULL) utext_close(floor->text);
  free(floor);
}
