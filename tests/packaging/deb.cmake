# The .deb as a user gets it: built by CPack from this build, clean by Debian's
# own checker (no error, no warning), and once unpacked its manual pages
# render without a warning and its bash completion completes.
set(out "${BUILD_DIR}/deb-test")
file(REMOVE_RECURSE "${out}")
execute_process(COMMAND ${CPACK} --config ${BUILD_DIR}/CPackConfig.cmake -G DEB -B "${out}"
    OUTPUT_VARIABLE log ERROR_VARIABLE log RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack (exit ${rc}):\n${log}")
endif()
file(GLOB deb "${out}/*.deb")
if(NOT deb)
    message(FATAL_ERROR "cpack made no .deb:\n${log}")
endif()

execute_process(COMMAND ${LINTIAN} --fail-on error,warning --tag-display-limit 0 ${deb}
    OUTPUT_VARIABLE report ERROR_VARIABLE errors RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lintian (exit ${rc}):\n${report}${errors}")
endif()
message(STATUS "lintian: no error, no warning\n${report}")

set(root "${out}/root")
execute_process(COMMAND ${DPKG_DEB} -x ${deb} "${root}" COMMAND_ERROR_IS_FATAL ANY)
foreach(page n1sms n1sms-desktop)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env MANPATH=${root}/usr/share/man
                            ${MAN} -w ${page}
        OUTPUT_VARIABLE where OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT where MATCHES "${page}\\.1\\.gz$")
        message(FATAL_ERROR "man ${page}: not found in the package (${where})")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} -E env MANWIDTH=80 LANG=C.UTF-8
                            ${MAN} --warnings -E UTF-8 -l ${where}
        OUTPUT_VARIABLE text ERROR_VARIABLE warnings RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT warnings STREQUAL "" OR NOT text MATCHES "SYNOPSIS")
        message(FATAL_ERROR "man ${page} (exit ${rc}):\n${warnings}")
    endif()
endforeach()

execute_process(COMMAND ${BASH} ${COMPLETION_TEST}
                        "${root}/usr/share/bash-completion/completions/n1sms"
    OUTPUT_VARIABLE said ERROR_VARIABLE said RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bash completion:\n${said}")
endif()
file(REMOVE_RECURSE "${out}")
