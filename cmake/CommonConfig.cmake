# One INTERFACE target that carries the compiler settings every target of the project uses.
add_library(ps_common INTERFACE)
target_compile_features(ps_common INTERFACE cxx_std_20)
target_compile_options(ps_common INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -pedantic>)
target_compile_definitions(ps_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PERSONA_STUDIO_VERSION="${PROJECT_VERSION}")
