# The default prompt templates, compiled into ps_models. A project overrides any of them by
# putting a file of the same name in <project>/prompts/.
set(PS_PROMPT_DIR ${CMAKE_CURRENT_SOURCE_DIR}/../resources/prompts)
qt_add_resources(ps_models "generation_prompts"
    PREFIX /prompts
    BASE ${PS_PROMPT_DIR}
    FILES
        ${PS_PROMPT_DIR}/system.txt
        ${PS_PROMPT_DIR}/user.txt
        ${PS_PROMPT_DIR}/format_structured.txt
        ${PS_PROMPT_DIR}/format_plain.txt
        ${PS_PROMPT_DIR}/avoid.txt)
