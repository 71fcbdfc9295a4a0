"""tally.py - what the Python test scripts share: one "ok - ..." or
"FAIL - ...: detail" line per check, and the "N passed, M failed" line
that tests/run-all.sh adds up, with the exit status that goes with it."""

passed = failed = 0


def check(what, ok, detail=""):
    """Count one check; a failure prints detail (when there is one)."""
    global passed, failed
    if ok:
        passed += 1
        print("ok - " + what)
    else:
        failed += 1
        print("FAIL - %s%s" % (what, ": " + str(detail) if detail else ""))


def summary():
    """Print the tally; the exit status: 1 when any check failed."""
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0
