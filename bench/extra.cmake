# bench_generation runs the whole sample plan against ps-test-provider, which is built with the
# tests: without them the benchmark needs --provider PATH.
if(TARGET bench_generation)
    target_compile_definitions(bench_generation PRIVATE PS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    if(TARGET ps-test-provider)
        add_dependencies(bench_generation ps-test-provider)
        target_compile_definitions(bench_generation PRIVATE PS_TEST_PROVIDER_PATH="$<TARGET_FILE:ps-test-provider>")
    endif()
endif()
# bench_gui_stall drives the real main window: it needs the widgets library and the provider.
if(TARGET bench_gui_stall)
    target_link_libraries(bench_gui_stall PRIVATE ps_widgets)
    target_compile_definitions(bench_gui_stall PRIVATE PS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    if(TARGET ps-test-provider)
        add_dependencies(bench_gui_stall ps-test-provider)
        target_compile_definitions(bench_gui_stall PRIVATE PS_TEST_PROVIDER_PATH="$<TARGET_FILE:ps-test-provider>")
    endif()
endif()
# bench_modes opens a project in the real main window.
if(TARGET bench_modes)
    target_link_libraries(bench_modes PRIVATE ps_widgets)
endif()
# bench_export copies the sample project.
if(TARGET bench_export)
    target_compile_definitions(bench_export PRIVATE PS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()
