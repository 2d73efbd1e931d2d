# The generator's tests run against ps-test-provider, a local OpenAI-compatible server, and
# some start persona-studio-cli: both must be built before those tests run.
file(GLOB PS_TEST_PROVIDER_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/provider/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/provider/*.h)
add_executable(ps-test-provider ${PS_TEST_PROVIDER_SOURCES})
target_link_libraries(ps-test-provider PRIVATE ps_common Qt6::Core Qt6::Network)

set(PS_GENERATION_TESTS tst_generation_run tst_generation_cli tst_chatclient tst_jobqueuemodel tst_generatepage tst_endtoend tst_crash_recovery
    tst_full_disk tst_readonly_project)
foreach(test_name IN LISTS PS_GENERATION_TESTS)
    if(TARGET ${test_name})
        add_dependencies(${test_name} ps-test-provider persona-studio-cli)
        set_property(TEST ${test_name} APPEND PROPERTY ENVIRONMENT "PS_TEST_PROVIDER=$<TARGET_FILE:ps-test-provider>")
        target_compile_definitions(${test_name} PRIVATE PS_TEST_PROVIDER_PATH="$<TARGET_FILE:ps-test-provider>")
    endif()
endforeach()
