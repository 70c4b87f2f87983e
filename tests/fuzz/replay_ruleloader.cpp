// The fuzz target compiled as an ordinary function for the replay test.
#define LLVMFuzzerTestOneInput fuzzRuleLoader
#include "fuzz_ruleloader.cpp"
