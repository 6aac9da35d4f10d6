# Shared compiler settings live on one INTERFACE target so every target opts in explicitly
# (no directory-wide flags).
add_library(greenlight_config INTERFACE)
add_library(Greenlight::config ALIAS greenlight_config)
target_compile_features(greenlight_config INTERFACE cxx_std_20)
target_compile_options(greenlight_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2
    # Nothing reads errno after a math call; without this every std::sqrt keeps a branch to the
    # libm call and the Monte Carlo's draw loop cannot be vectorised.
    -fno-math-errno
    $<$<BOOL:${GREENLIGHT_WERROR}>:-Werror>
    # GCC 12 reports false positives inside libstdc++'s std::string at -O2 (GCC bugs 105329, 105651, 106199).
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-stringop-overflow -Wno-stringop-overread -Wno-restrict -Wno-array-bounds>)
target_compile_definitions(greenlight_config INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

option(GREENLIGHT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(GREENLIGHT_SANITIZE)
    target_compile_options(greenlight_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(greenlight_config INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer builds (tests/fuzz, preset "fuzz"): every target is instrumented for coverage and
# sanitizers; only the fuzz executables link libFuzzer's main.
option(GREENLIGHT_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)
if(GREENLIGHT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "GREENLIGHT_FUZZ needs clang (libFuzzer); configure with the \"fuzz\" preset")
    endif()
    target_compile_options(greenlight_config INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(greenlight_config INTERFACE -fsanitize=address,undefined)
endif()
