// The system ICU headers used by CICUFloor (and only by it: Swift never imports this module).
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
