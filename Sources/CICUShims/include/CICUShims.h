// CICUShims: a small, stable C surface over the system ICU (libicu-dev).
//
// This header deliberately includes no <unicode/*.h> header. Foundation on
// Linux embeds its own ICU (module `_FoundationICU`); a Swift module that sees
// both ICU header sets fails to compile ("'UErrorCode' has different
// definitions in different modules"). Swift code therefore only sees opaque
// handles, fixed-width integers and UTF-8 byte buffers, and ICU's
// version-suffixed symbol names (`ubrk_open_72`) stay inside the .c files.
//
// Status codes are ICU's `UErrorCode` values: > 0 is a failure, < 0 a warning.
#ifndef CICUSHIMS_H
#define CICUSHIMS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The major version of the ICU library linked at build time (72 on Debian 12).
int32_t cicu_version_major(void);

/// A short description of an ICU status code, e.g. "U_BUFFER_OVERFLOW_ERROR".
const char *_Nonnull cicu_error_name(int32_t status);

// MARK: - Break iteration

/// An ICU break iterator together with the UTF-8 UText it reads.
typedef struct CICUBreakIterator CICUBreakIterator;

typedef enum __attribute__((enum_extensibility(closed))) CICUBreakKind {
  CICUBreakKindCharacter = 0,
  CICUBreakKindWord = 1,
  CICUBreakKindLine = 2,
  CICUBreakKindSentence = 3,
} CICUBreakKind;

/// Opens a break iterator for `locale` (an ICU locale id such as
/// "fr@ss=standard"). Returns NULL and sets `*status` > 0 on failure.
CICUBreakIterator *_Nullable cicu_break_open(CICUBreakKind kind, const char *_Nonnull locale,
                                             int32_t *_Nonnull status);

/// Clones an iterator (about ten times cheaper than opening one). The clone
/// has no text.
CICUBreakIterator *_Nullable cicu_break_clone(const CICUBreakIterator *_Nonnull proto,
                                              int32_t *_Nonnull status);

/// Points the iterator at `length` bytes of UTF-8. The bytes are not copied:
/// they must stay alive and unchanged while the iterator is used.
void cicu_break_set_utf8(CICUBreakIterator *_Nonnull it, const char *_Nonnull utf8,
                         int64_t length, int32_t *_Nonnull status);

/// Fills `boundaries` (UTF-8 byte offsets, each the end of one segment) and,
/// when `statuses` is not NULL, the rule status of each segment, starting
/// after the previous call's last boundary (after offset 0 on the first
/// call). Returns the number written; 0 when the text is exhausted.
int32_t cicu_break_next_batch(CICUBreakIterator *_Nonnull it, int32_t *_Nonnull boundaries,
                              int32_t *_Nullable statuses, int32_t capacity);

/// Closes the iterator and its UText. NULL is ignored.
void cicu_break_close(CICUBreakIterator *_Nullable it);

// MARK: - Normalization and case folding (UTF-8 in, UTF-8 out)

typedef enum __attribute__((enum_extensibility(closed))) CICUNormalizationForm {
  CICUNormalizationFormNFC = 0,
  CICUNormalizationFormNFD = 1,
  CICUNormalizationFormNFKC = 2,
  CICUNormalizationFormNFKD = 3,
  CICUNormalizationFormNFKCCaseFold = 4,
} CICUNormalizationForm;

/// Normalizes `length` bytes of UTF-8 into `dst` (capacity `capacity` bytes).
/// Returns the number of bytes the result needs; if that is larger than
/// `capacity`, `dst` holds nothing useful and the caller retries with a
/// bigger buffer.
int64_t cicu_normalize_utf8(CICUNormalizationForm form, const char *_Nonnull src, int64_t length,
                            char *_Nullable dst, int64_t capacity, int32_t *_Nonnull status);

/// Whether `length` bytes of UTF-8 are already in normalization form `form`
/// (a quick check, exact answer).
int32_t cicu_is_normalized_utf8(CICUNormalizationForm form, const char *_Nonnull src,
                                int64_t length, int32_t *_Nonnull status);

/// Whether the normalization of text never interacts across a boundary just
/// before code point `c` (so text can be normalized piecewise there).
int32_t cicu_has_boundary_before(CICUNormalizationForm form, int32_t c);

/// Full Unicode case folding (`u_strFoldCase`, default options), UTF-8 in and
/// out, with the same buffer protocol as `cicu_normalize_utf8`.
int64_t cicu_fold_case_utf8(const char *_Nonnull src, int64_t length, char *_Nullable dst,
                            int64_t capacity, int32_t *_Nonnull status);

#ifdef __cplusplus
}
#endif

#endif  // CICUSHIMS_H
