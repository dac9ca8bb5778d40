#!/usr/bin/env bash
# Refresh the translation sources from the code: every self.tr(), QCoreApplication.translate() and
# QT_TRANSLATE_NOOP() in tipdesk/gui, tipdesk/core, tipdesk/sync and tipdesk/cli. Existing
# translations are kept; new messages arrive marked "unfinished" (tests/gui/test_i18n.py fails until
# they are translated). Then the .qm files are compiled again.
#   ui/translations/update.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
lupdate=.venv/bin/pyside6-lupdate
.venv/bin/python ui/translations/extract_core.py  # the core's QT_TRANSLATE_NOOP(CONTEXT, ...) messages
sources=(tipdesk/gui/*.py ui/translations/core_messages.py)
for lang in es fr pt; do
  "$lupdate" -silent -locations relative -no-obsolete "${sources[@]}" \
    -source-language en -target-language "$lang" -ts "ui/translations/tipdesk_$lang.ts"
done
# English needs only the plural forms ("1 document", "3 documents").
"$lupdate" -silent -locations relative -no-obsolete -pluralonly "${sources[@]}" \
  -source-language en -target-language en -ts ui/translations/tipdesk_en.ts
# The .qm catalogues the window loads (written atomically: see compile.sh).
ui/translations/compile.sh
