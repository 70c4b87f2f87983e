// The fuzz target compiled as an ordinary function for the replay test.
#define LLVMFuzzerTestOneInput fuzzAnswers
#include "fuzz_answers.cpp"
