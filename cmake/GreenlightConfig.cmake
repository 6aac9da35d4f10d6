# Shared compiler settings live on one INTERFACE target so every target opts in explicitly
# (no directory-wide flags).
add_library(greenlight_config INTERFACE)
add_library(Greenlight::config ALIAS greenlight_config)
target_compile_features(greenlight_config INTERFACE cxx_std_20)
target_compile_options(greenlight_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2
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
