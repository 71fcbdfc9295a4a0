#!/bin/sh
# glossary.sh [PO [GLOSSARY]] - every msgstr of PO (po/id.po) keeps to the
# glossary (po/GLOSSARY.md): none uses a word of the table's "never"
# column.  Quoted text (`...`, '...'), option names (--only, -j),
# upper-case placeholders (FILE) and file names (.plan.yaml) are not
# words of the translation; an entry may allow a word with a translator
# comment "# glossary: w1, w2".
# Prints each offence and fails when there is one.
PO=${1:-po/id.po}
GLOSSARY=${2:-po/GLOSSARY.md}
export LC_ALL=C

# The banned words, one a line, from the table's third column.
banned=$(awk -F'|' '
	/^\| *English *\|/ { table = 1; next }
	table && /^\|---/ { next }
	table && /^\|/ {
		n = split($4, w, ",")
		for (i = 1; i <= n; i++) {
			gsub(/^ +| +$/, "", w[i])
			if (w[i] != "" && w[i] != "\342\200\224")	# an em dash: none
				print w[i]
		}
		next
	}
	table { table = 0 }' "$GLOSSARY")
[ -n "$banned" ] || { echo "glossary: no words found in $GLOSSARY"; exit 1; }

printf '%s\n' "$banned" | awk -v po="$PO" '
	BEGIN { allow = "," }
	{ bad[++nbad] = $0 }
	function cap(w) { return toupper(substr(w, 1, 1)) substr(w, 2) }
	# the words of a msgstr: quoted text, options, placeholders and
	# escapes removed
	function words(s) {
		gsub(/\\n|\\t/, " ", s)
		gsub(/\\"/, "", s)
		gsub(/`[^`]*`/, " ", s)
		gsub(/\047[^\047]*\047/, " ", s)
		gsub(/(^|[ [(|])--?[A-Za-z][-A-Za-z]*/, " ", s)
		gsub(/[A-Z][A-Z0-9_]+/, " ", s)
		gsub(/[-A-Za-z0-9_]*\.[A-Za-z0-9_][-A-Za-z0-9_.]*/, " ", s)
		return " " s " "
	}
	function has(s, w,   t, i) {
		t = s
		while ((i = index(t, w)) > 0) {
			# "unit-nya" is the word too
			if (substr(t, i - 1, 1) !~ /[-A-Za-z0-9_]/ &&
			    (substr(t, i + length(w), 1) !~ /[-A-Za-z0-9_]/ ||
			     substr(t, i + length(w), 4) == "-nya"))
				return 1
			t = substr(t, i + length(w))
		}
		return 0
	}
	function check(   s, k, w) {
		if (id != "\"\"" && str != "") {
			s = words(str)
			for (k = 1; k <= nbad; k++) {
				w = bad[k]
				if (index(allow, "," w ",") == 0 &&
				    (has(s, w) || has(s, cap(w)))) {
					gsub(/""/, "", id)
					if (length(id) > 72)
						id = substr(id, 1, 68) "...\""
					printf "%s: \"%s\" in the translation of %s\n", po, w, id
					fails++
				}
			}
		}
		id = ""; str = ""; allow = ","; part = ""
	}
	END {
		while ((getline line < po) > 0) {
			if (line ~ /^[ \t]*$/) { check(); continue }
			if (line ~ /^# glossary:/) {
				a = line
				sub(/^# glossary: */, "", a)
				gsub(/ *, */, ",", a)
				allow = allow a ","
				continue
			}
			if (line ~ /^#/) continue
			if (line ~ /^msgid /) { part = "id"; id = substr(line, 7); continue }
			if (line ~ /^msgstr/) {
				part = "str"
				sub(/^msgstr(\[[0-9]+\])? /, "", line)
				str = str " " substr(line, 2, length(line) - 2)
				continue
			}
			if (line ~ /^msg/) { part = ""; continue }
			if (line ~ /^"/ && part == "id") id = id line
			if (line ~ /^"/ && part == "str")
				str = str substr(line, 2, length(line) - 2)
		}
		check()
		exit fails > 0
	}'
