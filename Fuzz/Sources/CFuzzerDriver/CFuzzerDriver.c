// The declaration in include/CFuzzerDriver.h is all this target provides; the definition is in
// the fuzzer runtime that `-sanitize=fuzzer` links.
#include "CFuzzerDriver.h"
