# Included by models/CMakeLists.txt after ps_models exists: compiles the BPE rank tables
# (generated once by tools/tokenizer/convert-ranks.mjs) into the core library, so encoding
# never downloads anything. Read at run time as :/tokenizer/<encoding>.bpe.
qt_add_resources(ps_models "tokenizer_ranks"
    PREFIX "/tokenizer"
    BASE "${PROJECT_SOURCE_DIR}/resources/tokenizer"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/tokenizer/o200k_base.bpe"
        "${PROJECT_SOURCE_DIR}/resources/tokenizer/cl100k_base.bpe")
