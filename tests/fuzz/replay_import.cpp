// The fuzz target compiled as an ordinary function for the replay test.
#define LLVMFuzzerTestOneInput fuzzImport
#include "fuzz_import.cpp"
