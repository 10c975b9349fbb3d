// Linked into every program of a sanitizer build (EJOB_SANITIZE): the sanitizers' settings, so that the tests, the
// ejob binary they start and the fuzz targets behave the same without any environment. An environment variable
// (ASAN_OPTIONS, UBSAN_OPTIONS, LSAN_OPTIONS) still overrides a setting for one run.
extern "C" {

const char* __asan_default_options() {
    return "halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:"
           "detect_invalid_pointer_pairs=0:strict_string_checks=1";
}

const char* __ubsan_default_options() {
    return "halt_on_error=1:print_stacktrace=1";
}

const char* __lsan_default_options() {
    return "suppressions=" EJOB_LSAN_SUPPRESSIONS ":print_suppressions=0";
}

}  // extern "C"
