#!/usr/bin/env bash
# The translation files hold every string the sources mark for translation: lupdate is run over
# the sources into copies of the .ts files, and a string it adds as unfinished (new in the
# sources, never collected) fails the test. (Strings gone from the sources may stay, marked
# vanished: docs/translations.md.) tsFilesAreFinished in tst_translations checks the files as they are; this checks that they
# are current — a new tr() string whose translation was never collected is shown in English to
# every Spanish or French user, and nothing else would notice.
# Arguments: lupdate, the list file of sources and include paths (@-file), then the .ts files;
# one written as plural:FILE holds the plural forms only (the source language's, -pluralonly).
set -uo pipefail
lupdate=$1 list=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
# lupdate drops a QCoreApplication::translate() call with a qualified name among its arguments
# (translate("C", "%Ln line(s)", nullptr, Foo::count(x))) without a word: its string is then
# missing from every .ts file, and the comparison below cannot see it. Found here instead.
dropped=$(grep -v '^-I' "$list" | grep -v '^$' | tr '\n' '\0' | xargs -0 perl -0777 -ne '
    while (/\btranslate\s*(\((?:[^()"\x27]++|"(?:[^"\\]|\\.)*+"|\x27(?:[^\x27\\]|\\.)*+\x27|(?1))*\))/g) {
        my ($arguments, $at) = ($1, $-[0]);
        (my $code = $arguments) =~ s/"(?:[^"\\]|\\.)*"//g;
        print "  $ARGV:", 1 + (substr($_, 0, $at) =~ tr/\n//), "\n" if $code =~ /::/;
    }')
if [ -n "$dropped" ]; then
    echo "lupdate skips these translate() calls (a qualified name among the arguments; compute the value before the call):"
    echo "$dropped"
    status=1
fi
for ts in "$@"; do
    options=()
    if [[ $ts == plural:* ]]; then
        ts=${ts#plural:}
        options=(-pluralonly)
    fi
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    # lupdate reads every source in well under a second; it has been seen to loop forever on a
    # template argument list inside a translate() call (translate(…, int(std::min<qint64>(…)))).
    timeout 60 "$lupdate" -silent -locations none -no-ui-lines "${options[@]}" "@$list" -ts "$copy" >"$work/log" 2>&1
    code=$?
    if [ $code -eq 124 ]; then
        echo "lupdate did not finish reading the sources within 60 s: one holds a construct it cannot parse"
        echo "(seen: a template argument list among a translate() call's arguments; compute such values before the call)"
        status=1
        continue
    elif [ $code -ne 0 ]; then
        cat "$work/log"
        status=1
        continue
    fi
    # The source of each new (unfinished) entry, one per line.
    missing=$(awk '/<source>/ { source = $0; sub(/^ *<source>/, "", source); sub(/<\/source>$/, "", source) }
                   /<translation type="unfinished"/ { print "  " source }' "$copy")
    if [ -n "$missing" ]; then
        echo "$(basename "$ts") lacks strings of the sources (cmake --build build --target update_translations, then translate them):"
        echo "$missing"
        status=1
    fi
done
exit $status
