// The fuzz target compiled as an ordinary function for the replay test.
#define LLVMFuzzerTestOneInput fuzzExpression
#include "fuzz_expression.cpp"
