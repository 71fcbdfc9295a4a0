# plan-toolkit: one static library, thin binaries.  GNU make.
VERSION   = 0.1.0
PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
MANDIR   ?= $(PREFIX)/share/man
DATADIR  ?= $(PREFIX)/share/plan-toolkit
LIBDIR   ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
DESTDIR  ?=

CC       ?= cc
CFLAGS   ?= -O2 -g
WARN      = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wformat=2 -Wvla -Wwrite-strings
override CPPFLAGS += -Ilib -I$(B)/gen -DPLAN_VERSION='"$(VERSION)"'
PKGS      = yaml-0.1
DEP_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
DEP_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lyaml) -lcsv -lpthread
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

B        = build
# quiet build lines; `make V=1` shows the commands
ifeq ($(V),1)
Q =
else
Q = @
endif
LIB_SRC  = $(sort $(wildcard lib/*/*.c))
LIB_HDR  = $(sort $(wildcard lib/*/*.h))
LIB_OBJ  = $(patsubst lib/%.c,$(B)/obj/%.o,$(LIB_SRC)) $(B)/obj/schemas_gen.o \
           $(B)/obj/catalog_id.o
CMDS     = $(patsubst cmd/%.c,%,$(wildcard cmd/plan-*.c))
# libyaml's allocator (cmd/yalloc.h): in the programs, never in libplan.a
YALLOC   = $(B)/obj/cmd/yalloc.o
BINS     = $(patsubst %,$(B)/bin/%,$(CMDS))
UNIT     = $(patsubst tests/unit/%.c,$(B)/tests/%,$(wildcard tests/unit/test_*.c))
SCHEMAS  = $(sort $(wildcard schemas/*.yaml))
MAPS     = $(sort $(wildcard contrib/maps/*.yaml))

all: $(BINS)

$(B)/obj/%.o: lib/%.c $(LIB_HDR) | $(B)/gen/schemas_gen.h
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(CPPFLAGS) $(WARN) $(DEP_CFLAGS) $(CFLAGS) -c -o $@ $<

# one run makes both files (a grouped target: make -j runs it once)
$(B)/gen/schemas_gen.c $(B)/gen/schemas_gen.h &: $(SCHEMAS) scripts/embed.sh
	@mkdir -p $(B)/gen
	$(Q)sh scripts/embed.sh $(B)/gen/schemas_gen $(SCHEMAS)

$(B)/obj/schemas_gen.o: $(B)/gen/schemas_gen.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# The Indonesian messages (po/id.po) as a sorted C table for lib/i18n.c;
# a table out of strcmp order fails the build (scripts/catalog-check.c).
$(B)/gen/catalog_id.c: po/id.po scripts/po2c.awk scripts/catalog-check.c lib/base/i18n.h
	@mkdir -p $(B)/gen
	$(Q)LC_ALL=C awk -v name=plan_catalog_id -f scripts/po2c.awk po/id.po >$(B)/gen/catalog_new.c
	$(Q)$(CC) $(CPPFLAGS) -o $(B)/gen/catalog-check scripts/catalog-check.c $(B)/gen/catalog_new.c
	$(Q)$(B)/gen/catalog-check
	$(Q)mv $(B)/gen/catalog_new.c $@

$(B)/obj/catalog_id.o: $(B)/gen/catalog_id.c lib/base/i18n.h
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# make po: the template from the sources and the schemas' x-hint texts,
# merged into po/id.po (needs gettext); commit both.
po:
	@mkdir -p $(B)/gen
	sed -n 's/^ *x-hint: *\("[^"]*"\) *$$/N_(\1)/p' $(SCHEMAS) >$(B)/gen/schema_hints.c
	xgettext --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=W:2 --keyword=plan_trn:1,2 \
	  --from-code=UTF-8 --add-comments=TRANSLATORS: --package-name=plan-toolkit \
	  --package-version=$(VERSION) -o po/plan-toolkit.pot lib/*/*.c cmd/*.c \
	  $(B)/gen/schema_hints.c
	msgmerge --quiet --update --backup=none po/id.po po/plan-toolkit.pot

$(B)/libplan.a: $(LIB_OBJ)
	$(Q)rm -f $@
	@echo "  AR      $@"
	$(Q)$(AR) rcs $@ $^

$(B)/obj/cmd/%.o: cmd/%.c cmd/*.h $(LIB_HDR)
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(CPPFLAGS) $(WARN) $(DEP_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/bin/%: $(B)/obj/cmd/%.o $(B)/obj/cmd/common.o $(YALLOC) $(B)/libplan.a
	@mkdir -p $(@D)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/obj/cmd/common.o $(YALLOC) $(B)/libplan.a $(DEP_LIBS)

# tests/unit/testutil.c: what every unit test shares (set-up, loading,
# assertions on findings, repositories in a temporary directory).
$(B)/obj/tests/testutil.o: tests/unit/testutil.c tests/unit/testutil.h $(LIB_HDR)
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(CPPFLAGS) $(WARN) $(DEP_CFLAGS) $(CFLAGS) -c -o $@ $<

# The unit tests parse with the programs' allocator too (-Icmd for its
# header).  A test may replace library calls across a file boundary with
# -Wl,--wrap (the stem is test_NAME, so WRAP_test_NAME).
WRAP_test_oom = -Wl,--wrap=malloc,--wrap=calloc
$(B)/tests/%: tests/unit/%.c tests/unit/*.h $(B)/obj/tests/testutil.o $(YALLOC) $(B)/libplan.a $(LIB_HDR) cmd/yalloc.h
	@mkdir -p $(@D)
	@echo "  TEST    $@"
	$(Q)$(CC) $(CPPFLAGS) -Icmd $(WARN) $(DEP_CFLAGS) $(CFLAGS) $(LDFLAGS) $(WRAP_$*) -o $@ $< $(B)/obj/tests/testutil.o $(YALLOC) $(B)/libplan.a $(DEP_LIBS) $(CMOCKA_LIBS)

# Set-up: install the missing Debian packages of scripts/packages' groups
# (scripts/setup.sh): what building needs for demo, and what the tests
# need too for check, asan and leakcheck.
setup-build:
	@sh scripts/setup.sh build

setup:
	@sh scripts/setup.sh build test

demo: setup-build
	@$(MAKE) --no-print-directory all
	@echo '$$ plan-validate examples/sumbar'
	@$(B)/bin/plan-validate examples/sumbar
	@echo '$$ plan-validate examples/broken   # the common mistakes'
	@$(B)/bin/plan-validate examples/broken; test $$? -eq 1
	@echo '$$ plan-trace --up 13.02.04.2001/rkpdes/2026#2.6.05 examples/sumbar'
	@$(B)/bin/plan-trace --up '13.02.04.2001/rkpdes/2026#2.6.05' examples/sumbar
	@$(B)/bin/plan-report --format html -o $(B)/report-sumbar.html examples/sumbar
	@echo "report: $(B)/report-sumbar.html (open it in a browser)"

check: setup
	@$(MAKE) --no-print-directory all unit
	@sh tests/run-all.sh $(B)

unit: $(UNIT)

# The same suite under AddressSanitizer + UBSan, in its own build tree.
asan: setup
	@$(MAKE) --no-print-directory B=build/asan CC=clang \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" all unit
	@CMOCKA_TEST_ABORT=1 sh tests/run-all.sh build/asan

# The binaries under valgrind on the examples.
leakcheck: setup
	@$(MAKE) --no-print-directory all
	@sh tests/leakcheck.sh $(B)

# What install puts, and uninstall removes again: the binaries, the man
# pages (and their Bahasa Indonesia versions, man/id/), the schemas, the
# column maps of plan-import, the library with its public headers (under
# include/plan/STAGE/) and plan.pc, the bash completion (one script,
# installed under each tool's name for bash-completion's lazy loading).
MANS     = $(sort $(wildcard man/*.1 man/*.5))
MAN1_ID  = $(sort $(wildcard man/id/*.1))
MAN1     = $(filter %.1,$(MANS))
MAN5     = $(filter %.5,$(MANS))
# The public API: one header per stage, and the few they include or a
# program needs beside them (docs/design.md).  The others (helpers,
# *_priv.h, base/i18n.h with _() and N_()) are the library's own.
HEADERS  = lib/base/arena.h lib/base/finding.h lib/base/lang.h \
           lib/base/value.h lib/base/vocab.h lib/yaml/ytree.h \
           lib/tables/tables.h lib/out/escape.h lib/out/emit.h \
           lib/schema/schema.h lib/model/model.h lib/model/fingerprint.h \
           lib/check/check.h lib/repo/repo.h lib/repo/config.h \
           lib/trace/trace.h lib/trace/trace_out.h lib/diff/diff.h \
           lib/import/import.h lib/report/report.h
STAGES   = $(sort $(patsubst lib/%/,%,$(dir $(HEADERS))))
BASHCOMP = contrib/bash-completion/plan-toolkit
# plan.pc: paths under PREFIX are written relative to ${prefix}, so that
# pkg-config --define-variable=prefix=... can move them.
pc_rel   = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))

install: all $(B)/libplan.a
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/schemas
	install -m 0755 $(BINS) $(DESTDIR)$(BINDIR)
	install -m 0644 $(SCHEMAS) $(DESTDIR)$(DATADIR)/schemas
	install -d $(DESTDIR)$(DATADIR)/maps
	install -m 0644 $(MAPS) $(DESTDIR)$(DATADIR)/maps
	install -d $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	$(if $(MAN1),install -m 0644 $(MAN1) $(DESTDIR)$(MANDIR)/man1)
	$(if $(MAN5),install -m 0644 $(MAN5) $(DESTDIR)$(MANDIR)/man5)
	$(if $(MAN1_ID),install -d $(DESTDIR)$(MANDIR)/id/man1)
	$(if $(MAN1_ID),install -m 0644 $(MAN1_ID) $(DESTDIR)$(MANDIR)/id/man1)
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PKGCONFIGDIR)
	install -m 0644 $(B)/libplan.a $(DESTDIR)$(LIBDIR)
	for h in $(HEADERS); do \
	  d=$(DESTDIR)$(INCLUDEDIR)/plan/$$(basename $$(dirname $$h)); \
	  install -d $$d && install -m 0644 $$h $$d || exit 1; \
	done
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(VERSION)|g' \
	    -e 's|@LIBDIR@|$(call pc_rel,$(LIBDIR))|g' \
	    -e 's|@INCLUDEDIR@|$(call pc_rel,$(INCLUDEDIR))|g' \
	    contrib/plan.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/plan.pc
	chmod 0644 $(DESTDIR)$(PKGCONFIGDIR)/plan.pc
	install -d $(DESTDIR)$(BASHCOMPDIR)
	for c in $(CMDS); do \
	  install -m 0644 $(BASHCOMP) $(DESTDIR)$(BASHCOMPDIR)/$$c || exit 1; \
	done

# Removes exactly what install put; of the directories, only the ones that
# are ours alone (include/plan, share/plan-toolkit).
uninstall:
	rm -f $(patsubst %,$(DESTDIR)$(BINDIR)/%,$(CMDS))
	rm -f $(patsubst schemas/%,$(DESTDIR)$(DATADIR)/schemas/%,$(SCHEMAS))
	rm -f $(patsubst contrib/maps/%,$(DESTDIR)$(DATADIR)/maps/%,$(MAPS))
	rm -f $(patsubst man/id/%,$(DESTDIR)$(MANDIR)/id/man1/%,$(MAN1_ID))
	rmdir $(DESTDIR)$(MANDIR)/id/man1 $(DESTDIR)$(MANDIR)/id 2>/dev/null || :
	rm -f $(patsubst man/%,$(DESTDIR)$(MANDIR)/man1/%,$(MAN1))
	rm -f $(patsubst man/%,$(DESTDIR)$(MANDIR)/man5/%,$(MAN5))
	rm -f $(DESTDIR)$(LIBDIR)/libplan.a $(DESTDIR)$(PKGCONFIGDIR)/plan.pc
	rm -f $(patsubst lib/%,$(DESTDIR)$(INCLUDEDIR)/plan/%,$(HEADERS))
	rm -f $(patsubst %,$(DESTDIR)$(BASHCOMPDIR)/%,$(CMDS))
	for s in $(STAGES); do rmdir $(DESTDIR)$(INCLUDEDIR)/plan/$$s 2>/dev/null; done; :
	rmdir $(DESTDIR)$(INCLUDEDIR)/plan 2>/dev/null || :
	rmdir $(DESTDIR)$(DATADIR)/schemas $(DESTDIR)$(DATADIR)/maps \
	  $(DESTDIR)$(DATADIR) 2>/dev/null || :

# make dist: plan-toolkit-VERSION.tar.gz of the files git tracks at HEAD,
# under one plan-toolkit-VERSION/ directory; it builds on its own.
DISTNAME = plan-toolkit-$(VERSION)
DISTFILE = $(B)/$(DISTNAME).tar.gz

dist:
	@mkdir -p $(B)
	git archive --format=tar.gz --prefix=$(DISTNAME)/ -o $(DISTFILE) HEAD
	@echo "  DIST    $(DISTFILE)"

clean:
	rm -rf build

.PHONY: all setup setup-build demo check unit asan leakcheck install uninstall dist clean po
.DELETE_ON_ERROR:

# --- fuzzing (SECURITY.md, docs/limits.md) --------------------------------
# make fuzz: each fuzz/fuzz_*.c target built with clang and libFuzzer,
# ASan and UBSan against the library sources (build/fuzz/), its corpus
# seeded from the fixtures, its regressions replayed, then run for
# FUZZ_TIME seconds; fails on a crash.  FUZZ_TARGETS picks some;
# FUZZ_ARGS passes libFuzzer options.  make fuzz-ci: 60 s each.
FUZZ_TIME    ?= 60
FUZZ_CC      ?= clang
FUZZ_TARGETS ?= $(patsubst fuzz/%.c,%,$(sort $(wildcard fuzz/fuzz_*.c)))
FZ           = build/fuzz
FZ_FLAGS     = -O1 -g -fno-omit-frame-pointer \
               -fsanitize=address,undefined -fno-sanitize-recover=all
FZ_OBJ       = $(patsubst lib/%.c,$(FZ)/obj/%.o,$(LIB_SRC)) $(FZ)/obj/schemas_gen.o \
               $(FZ)/obj/catalog_id.o $(FZ)/obj/cmd/yalloc.o

$(FZ)/obj/%.o: lib/%.c $(LIB_HDR) | $(B)/gen/schemas_gen.h
	@mkdir -p $(@D)
	@echo "  FUZZCC  $<"
	$(Q)$(FUZZ_CC) $(CPPFLAGS) $(WARN) $(DEP_CFLAGS) $(FZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FZ)/obj/cmd/yalloc.o: cmd/yalloc.c cmd/yalloc.h
	@mkdir -p $(@D)
	@echo "  FUZZCC  $<"
	$(Q)$(FUZZ_CC) $(CPPFLAGS) $(WARN) $(FZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FZ)/obj/schemas_gen.o: $(B)/gen/schemas_gen.c
	@mkdir -p $(@D)
	$(Q)$(FUZZ_CC) $(CPPFLAGS) $(FZ_FLAGS) -c -o $@ $<

$(FZ)/obj/catalog_id.o: $(B)/gen/catalog_id.c
	@mkdir -p $(@D)
	$(Q)$(FUZZ_CC) $(CPPFLAGS) $(FZ_FLAGS) -c -o $@ $<

$(FZ)/bin/%: fuzz/%.c fuzz/fuzz.h $(FZ_OBJ)
	@mkdir -p $(@D)
	@echo "  FUZZ    $@"
	$(Q)$(FUZZ_CC) $(CPPFLAGS) $(WARN) $(DEP_CFLAGS) $(FZ_FLAGS) -fsanitize=fuzzer -o $@ $< $(FZ_OBJ) $(DEP_LIBS)

fuzz: $(patsubst %,$(FZ)/bin/%,$(FUZZ_TARGETS))
	@fail=0; for t in $(FUZZ_TARGETS); do \
	  sh fuzz/run.sh $$t $(FUZZ_TIME) $(FZ) || fail=1; \
	done; exit $$fail

fuzz-ci:
	@$(MAKE) --no-print-directory fuzz FUZZ_TIME=60

.SECONDARY: $(FZ_OBJ)
.PHONY: fuzz fuzz-ci

# make bench: the tools against a bare libyaml scan of the same files and
# against generic peers (bench/run.sh; BENCH_SCOPE=13 for a quick run).
# Writes bench/RESULTS.md.  Not part of check: no timed assertions there.
bench: all
	@bash bench/run.sh $(B)

.PHONY: bench
