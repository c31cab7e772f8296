# `cmake --install` into a scratch root, then: every file a desktop needs is
# where it looks, and the validators accept the installed tree.
set(root "${BUILD_DIR}/install-test")
file(REMOVE_RECURSE "${root}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${root} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)

set(expected
    bin/n1sms-desktop
    bin/n1sms
    share/man/man1/n1sms.1.gz
    share/man/man1/n1sms-desktop.1.gz
    share/bash-completion/completions/n1sms
    share/doc/n1sms-desktop/changelog.gz
    share/applications/com.n1sms.Desktop.desktop
    share/metainfo/com.n1sms.Desktop.metainfo.xml
    share/icons/hicolor/scalable/apps/com.n1sms.Desktop.svg
    share/doc/n1sms-desktop/copyright)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/com.n1sms.Desktop.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${root}/usr/${file}")
        message(FATAL_ERROR "not installed: /usr/${file}")
    endif()
endforeach()
if(EXISTS "${root}/usr/bin/n1sms-sandbox")
    message(FATAL_ERROR "the developer's sandbox was installed with the app")
endif()

execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} "${root}/usr/share/applications/com.n1sms.Desktop.desktop"
    OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate (exit ${rc}):\n${out}")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --strict "${root}/usr"
    OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree (exit ${rc}):\n${out}")
endif()
message(STATUS "${out}")
