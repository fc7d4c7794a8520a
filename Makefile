# newsfilters — see README.md. Everything is found by pattern, so a new
# program (filters/news-*.c), library file (filters/lib/*.c), data file
# (filters/data/*), tool (filters/tools/*.c), test or script needs no edit here.

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANPREFIX ?= $(PREFIX)/share/man

CC ?= cc
CFLAGS ?= -O2 -g
PKGS = libpcre2-8 libxml-2.0
NF_CPPFLAGS = -D_GNU_SOURCE -DNF_VERSION='"$(VERSION)"' -Ifilters/lib \
	$(shell pkg-config --cflags $(PKGS))
NF_CFLAGS = -std=c11 -Wall -Wextra -Werror -MMD -MP
LDLIBS = $(shell pkg-config --libs $(PKGS)) -lcsv -lm

B ?= build
BIN ?= bin

PROGRAMS = news-strip news-split news-tag news-quotes news-agg
LIBSRC := $(wildcard filters/lib/*.c)
PROGSRC := $(wildcard filters/news-*.c)
TOOLSRC := $(wildcard filters/tools/*.c)
UNITSRC := $(wildcard tests/unit/test_*.c)
DATAFILES := $(filter-out %.md,$(wildcard filters/data/*))

LIBOBJ := $(LIBSRC:filters/lib/%.c=$(B)/lib/%.o)
DATAOBJ := $(DATAFILES:filters/data/%=$(B)/data/%.o)
PROGS := $(PROGSRC:filters/%.c=$(BIN)/%)
TOOLS := $(TOOLSRC:filters/tools/%.c=$(B)/tools/%)
UNITS := $(UNITSRC:tests/unit/%.c=$(B)/tests/%)
LIBA := $(B)/libnf.a

all: $(PROGS) $(TOOLS)

$(B)/lib/%.o: filters/lib/%.c
	@mkdir -p $(@D)
	$(CC) $(NF_CPPFLAGS) $(CPPFLAGS) $(NF_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/prog/%.o: filters/%.c
	@mkdir -p $(@D)
	$(CC) $(NF_CPPFLAGS) $(CPPFLAGS) $(NF_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/tools/%.o: filters/tools/%.c
	@mkdir -p $(@D)
	$(CC) $(NF_CPPFLAGS) $(CPPFLAGS) $(NF_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/tests/%.o: tests/unit/%.c
	@mkdir -p $(@D)
	$(CC) $(NF_CPPFLAGS) $(CPPFLAGS) $(NF_CFLAGS) $(CFLAGS) -c -o $@ $<

# Data files are assembled in whole with .incbin: one object per file, pulled
# from the archive only by the programs that name it.
$(B)/data/%.o: filters/data/% scripts/embed-data
	@mkdir -p $(@D)
	scripts/embed-data $< > $(B)/data/$*.S
	$(CC) -c -o $@ $(B)/data/$*.S

$(LIBA): $(LIBOBJ) $(DATAOBJ)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJ) $(DATAOBJ)

$(BIN)/%: $(B)/prog/%.o $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBA) $(LDLIBS)

$(B)/tools/%: $(B)/tools/%.o $(LIBA)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBA) $(LDLIBS)

$(B)/tests/%: $(B)/tests/%.o $(LIBA)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBA) $(LDLIBS)

units: $(UNITS)

test: all units
	NF_BIN=$(abspath $(BIN)) NF_UNITS=$(abspath $(B)/tests) scripts/run-tests

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
check:
	$(MAKE) B=build/san BIN=build/san/bin CFLAGS="$(SANFLAGS)" LDFLAGS="$(SANFLAGS)" test

valgrind: all
	scripts/valgrind-check

demo: all
	scripts/demo

eval: all
	@set -e; for s in scripts/eval-*; do [ -x "$$s" ] && "$$s"; done

bench: all
	@set -e; for s in scripts/bench-*; do [ -x "$$s" ] && "$$s"; done

model: all
	@set -e; for s in scripts/model-*; do [ -x "$$s" ] && "$$s"; done

lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
		--inline-suppr --std=c11 -D_GNU_SOURCE -D__CPPCHECK__ -Ifilters/lib filters

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man5
	set -e; for p in $(PROGRAMS); do cp -f $(BIN)/$$p $(DESTDIR)$(BINDIR)/ && chmod 755 $(DESTDIR)$(BINDIR)/$$p; done
	for s in news-cron news-parallel; do [ ! -f scripts/$$s ] || cp -f scripts/$$s $(DESTDIR)$(BINDIR)/; done
	for m in man/*.1; do cp -f $$m $(DESTDIR)$(MANPREFIX)/man1/; done
	for m in man/*.5; do cp -f $$m $(DESTDIR)$(MANPREFIX)/man5/; done

uninstall:
	for p in $(PROGRAMS) news-cron news-parallel; do rm -f $(DESTDIR)$(BINDIR)/$$p; done
	for m in man/*.1; do rm -f $(DESTDIR)$(MANPREFIX)/man1/$${m##*/}; done
	for m in man/*.5; do rm -f $(DESTDIR)$(MANPREFIX)/man5/$${m##*/}; done

clean:
	rm -rf build bin

.PHONY: all units test check valgrind demo eval bench model lint install uninstall clean
.SECONDARY:

-include $(shell find $(B) -name '*.d' 2>/dev/null)
