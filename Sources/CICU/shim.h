// The system ICU headers that the C shims use. Only `CICUShims` imports this
// module: Swift code never sees ICU types (see Sources/CICUShims/include).
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
