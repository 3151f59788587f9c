// Normalization (unorm2) and case folding over UTF-8 buffers. ICU's C API
// works on UTF-16, so each call converts in and out; callers take the fast
// path (`cicu_is_normalized_utf8`) first and only pay for text that changes.
#include "CICUShims.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

int32_t cicu_version_major(void) {
  UVersionInfo info;
  u_getVersion(info);
  return (int32_t)info[0];
}

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

static const UNormalizer2 *cicu_normalizer(CICUNormalizationForm form, UErrorCode *error) {
  switch (form) {
    case CICUNormalizationFormNFC: return unorm2_getNFCInstance(error);
    case CICUNormalizationFormNFD: return unorm2_getNFDInstance(error);
    case CICUNormalizationFormNFKC: return unorm2_getNFKCInstance(error);
    case CICUNormalizationFormNFKD: return unorm2_getNFKDInstance(error);
    case CICUNormalizationFormNFKCCaseFold: return unorm2_getNFKCCasefoldInstance(error);
  }
  return unorm2_getNFCInstance(error);
}

// Converts UTF-8 to a freshly allocated UTF-16 buffer. Invalid sequences
// become U+FFFD (Swift strings are valid UTF-8, so this does not happen).
static UChar *cicu_to_utf16(const char *src, int64_t length, int32_t *outLength, UErrorCode *error) {
  if (length > INT32_MAX / 2) {
    *error = U_INDEX_OUTOFBOUNDS_ERROR;
    return NULL;
  }
  int32_t capacity = (int32_t)length + 1;
  UChar *buffer = malloc(sizeof(UChar) * (size_t)capacity);
  if (buffer == NULL) {
    *error = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  u_strFromUTF8WithSub(buffer, capacity, outLength, src, (int32_t)length, 0xFFFD, NULL, error);
  if (U_FAILURE(*error)) {
    free(buffer);
    return NULL;
  }
  return buffer;
}

// Writes UTF-16 as UTF-8 into dst; returns the byte length needed.
static int64_t cicu_from_utf16(const UChar *src, int32_t length, char *dst, int64_t capacity,
                               UErrorCode *error) {
  int32_t needed = 0;
  int32_t cap = capacity > INT32_MAX ? INT32_MAX : (int32_t)capacity;
  u_strToUTF8WithSub(dst, dst == NULL ? 0 : cap, &needed, src, length, 0xFFFD, NULL, error);
  if (*error == U_BUFFER_OVERFLOW_ERROR || *error == U_STRING_NOT_TERMINATED_WARNING) {
    *error = U_ZERO_ERROR;
  }
  return needed;
}

typedef int32_t (*cicu_utf16_transform)(const void *context, const UChar *src, int32_t length,
                                        UChar *dst, int32_t capacity, UErrorCode *error);

static int64_t cicu_transform_utf8(cicu_utf16_transform transform, const void *context,
                                   const char *src, int64_t length, char *dst, int64_t capacity,
                                   int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t length16 = 0;
  UChar *input = cicu_to_utf16(src, length, &length16, &error);
  if (input == NULL) {
    *status = (int32_t)error;
    return 0;
  }
  int32_t capacity16 = length16 * 3 + 16;
  UChar *output = malloc(sizeof(UChar) * (size_t)capacity16);
  int32_t produced = output == NULL ? 0 : transform(context, input, length16, output, capacity16, &error);
  if (output != NULL && error == U_BUFFER_OVERFLOW_ERROR) {
    error = U_ZERO_ERROR;
    free(output);
    capacity16 = produced + 1;
    output = malloc(sizeof(UChar) * (size_t)capacity16);
    if (output != NULL) produced = transform(context, input, length16, output, capacity16, &error);
  }
  if (output == NULL) error = U_MEMORY_ALLOCATION_ERROR;
  int64_t needed = 0;
  if (U_SUCCESS(error)) needed = cicu_from_utf16(output, produced, dst, capacity, &error);
  free(input);
  free(output);
  *status = (int32_t)error;
  return needed;
}

static int32_t cicu_normalize_utf16(const void *context, const UChar *src, int32_t length,
                                    UChar *dst, int32_t capacity, UErrorCode *error) {
  return unorm2_normalize((const UNormalizer2 *)context, src, length, dst, capacity, error);
}

static int32_t cicu_fold_utf16(const void *context, const UChar *src, int32_t length, UChar *dst,
                               int32_t capacity, UErrorCode *error) {
  (void)context;
  return u_strFoldCase(dst, capacity, src, length, U_FOLD_CASE_DEFAULT, error);
}

int64_t cicu_normalize_utf8(CICUNormalizationForm form, const char *src, int64_t length, char *dst,
                            int64_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = cicu_normalizer(form, &error);
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return 0;
  }
  return cicu_transform_utf8(cicu_normalize_utf16, normalizer, src, length, dst, capacity, status);
}

int32_t cicu_is_normalized_utf8(CICUNormalizationForm form, const char *src, int64_t length,
                                int32_t *status) {
  // ASCII without controls that NFKC-casefold touches is normalized in every
  // form except the case-folding one when it has upper-case letters.
  int64_t i = 0;
  for (; i < length; i++) {
    unsigned char byte = (unsigned char)src[i];
    if (byte >= 0x80) break;
    if (form == CICUNormalizationFormNFKCCaseFold && byte >= 'A' && byte <= 'Z') return 0;
  }
  if (i == length) return 1;
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = cicu_normalizer(form, &error);
  int32_t length16 = 0;
  UChar *input = U_SUCCESS(error) ? cicu_to_utf16(src, length, &length16, &error) : NULL;
  if (input == NULL) {
    *status = (int32_t)error;
    return 0;
  }
  UBool result = unorm2_isNormalized(normalizer, input, length16, &error);
  free(input);
  *status = (int32_t)error;
  return result ? 1 : 0;
}

int32_t cicu_has_boundary_before(CICUNormalizationForm form, int32_t c) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = cicu_normalizer(form, &error);
  if (U_FAILURE(error)) return 1;
  return unorm2_hasBoundaryBefore(normalizer, (UChar32)c) ? 1 : 0;
}

int64_t cicu_fold_case_utf8(const char *src, int64_t length, char *dst, int64_t capacity,
                            int32_t *status) {
  return cicu_transform_utf8(cicu_fold_utf16, NULL, src, length, dst, capacity, status);
}
