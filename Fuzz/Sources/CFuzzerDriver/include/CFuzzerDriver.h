// libFuzzer's driver, called from Swift's entry point (Sources/TwinningFuzz/Entry.swift):
// SwiftPM links an executable's `main` to the module's entry point, so libFuzzer's own `main`
// is not used; `LLVMFuzzerRunDriver` (libFuzzer since LLVM 11) does what it does.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
