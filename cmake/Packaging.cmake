# The Debian package (`cpack -G DEB` in a build folder; scripts/package.sh builds in Release and
# runs it). Everything in the package comes from the install rules, so `cmake --install` and the
# .deb hold the same files; this file only sets the package's control fields.
#
# Depends: CPack's shlibdeps (dpkg-shlibdeps) computes the libraries the binaries link to. What the
# programs load at run time is invisible to it and is listed by hand: the SQLite driver (the default
# database), the platform plugins of the desktop (xcb, which Debian ships apart from libqt6gui6) and
# the font the PDF report embeds.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "eligicheck")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "EligiCheck")
set(CPACK_PACKAGE_CONTACT "EligiCheck developers <eligicheck@users.noreply.invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # eligicheck_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
# The synopsis (without the package name or an article) and the extended description; CPack
# indents the description and turns its empty lines into Debian's " ." paragraph breaks.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "policy eligibility self-check for Chinese support programmes")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "EligiCheck (政策申报资格自测) tells a firm whether it qualifies for a Chinese
government support programme and shows why, clause by clause: every criterion
carries the verbatim text of the policy, its article number and the document's
文号. It keeps client firms, their answers and assessments in a database
(SQLite, or PostgreSQL for teams) and prints eligibility reports as PDF or
HTML. The policy rule sets are compiled in; it works offline.

This package contains the desktop application (eligicheck) and the
command-line tool (eligicheck-cli).")
include(CPack)
