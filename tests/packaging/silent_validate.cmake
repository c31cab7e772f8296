# desktop-file-validate exits 0 on warnings and hints; here any output fails.
execute_process(COMMAND ${TOOL} ${FILE} OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "${TOOL} ${FILE} (exit ${rc}):\n${out}")
endif()
