// The fuzz target compiled as an ordinary function for the replay test.
#define LLVMFuzzerTestOneInput fuzzSheets
#include "fuzz_sheets.cpp"
