// Raw ICU word-break iteration over UTF-8 text: the floor of Verbatim's tokenizer, which runs
// the same iterator (through a UText, boundaries as byte offsets, the rule status read at each
// boundary) and then applies its language rules. No ICU header is included here (see
// Sources/CICUShims in the library for why).
#ifndef CICUFLOOR_H
#define CICUFLOOR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct CICUFloor CICUFloor;

typedef struct {
  int64_t boundaries;  // boundaries after the start of the text
  int64_t words;       // segments ICU tags as letters, numbers, kana or ideographs
  int32_t status;      // ICU UErrorCode, 0 when all went well (negative: a warning)
} CICUFloorCount;

// Opens a word-break iterator for `locale` ("fr", "en"); NULL with *status set on failure.
CICUFloor *cicu_floor_open(const char *locale, int32_t *status);

// Iterates every word boundary of `utf8[0..<length]`, reading each boundary's rule status.
CICUFloorCount cicu_floor_count(CICUFloor *floor, const char *utf8, int64_t length);

void cicu_floor_close(CICUFloor *floor);

#ifdef __cplusplus
}
#endif

#endif
