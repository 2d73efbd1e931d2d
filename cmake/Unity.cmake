# Unity builds: the two libraries' sources are compiled eight to a translation unit (CMake's
# UNITY_BUILD), so the Qt templates they share are instantiated, optimised and, in the sanitizer
# build, instrumented once per batch instead of once per file. On a 2-core machine this takes
# about a third off compiling them. The command-line tool's commands are batched the same way;
# the test executables are one file each.
# A file's internal names (static functions, anonymous namespaces; a command's registrar is
# named after it) must differ from those of the other files of its folder; the build fails when
# they do not. PERSONA_STUDIO_UNITY=OFF
# compiles file by file (quicker to rebuild after editing one file).
option(PERSONA_STUDIO_UNITY "Compile the libraries' sources in batches (unity build)" ON)

# ps_use_unity(TARGET) — compile TARGET's sources in batches of eight.
function(ps_use_unity target)
    if(PERSONA_STUDIO_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    endif()
endfunction()
