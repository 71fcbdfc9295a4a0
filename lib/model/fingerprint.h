/*
 * fingerprint.h - the fingerprint of a plan element, as `reviewed:` in a
 * supports entry records it (SPEC 4, suspect-link).
 *
 * A fingerprint changes when what a lower plan relies on changes: the
 * element's identity, name and unit, and its indicators with their
 * targets.  It does not change with budgets, children, comments, `x-`
 * keys, key order, quoting or the spelling of a number (4.0 = 4.00).
 *
 * THE FORMAT (version 1).  The canonical text is a sequence of lines
 * `key=value`, each ended by one LF (0x0A), in exactly this order:
 *
 *     id=ID                      the element's id (its `id`, else `code`)
 *     code=CODE                  its `code` as written
 *     name=NAME                  its `name`, folded
 *     unit=UNIT                  its effective unit (SPEC 3.5: own `unit`,
 *                                else the nearest ancestor's, else the
 *                                document's `unit.code`), as written
 *   and for each indicator, N = 1, 2, ... in the order of `indicators:`
 *   (items that are not mappings are skipped and not counted):
 *     indicator.N.code=CODE      as written
 *     indicator.N.name=NAME      folded
 *     indicator.N.unit=UNIT      the satuan, folded
 *     indicator.N.direction=DIR  up, down or exact (absent or unknown: up)
 *     indicator.N.target.YYYY=V  one line per target, years ascending
 *
 * An absent or null value is written as the empty string (`code=`); the
 * line is always there.  Target lines are written only for entries whose
 * key is a year (four digits) and whose value is a non-null scalar; V is
 * the canonical decimal of a number (SPEC 3.2: `-?[0-9]+(\.[0-9]+)?`, no
 * leading zeros, no trailing fractional zeros, so 4.0 and 4.00 are `4`),
 * otherwise the folded text.  Folding is plan_fold(): trim, collapse runs
 * of white space to one space, ASCII lower-case.  Values are otherwise
 * written byte for byte (UTF-8), with no escaping.  `targets_forward`,
 * `actuals` and `baseline` are not part of it.
 *
 * The fingerprint is the 64-bit FNV-1a hash of the whole canonical text
 * (every byte, the last LF included): start from the offset basis
 * 0xcbf29ce484222325; for each byte, XOR it into the hash, then multiply
 * by the prime 0x00000100000001b3 modulo 2^64.  It is written as 16
 * lower-case hex digits, zero-padded (`%016llx`).
 *
 * Example: program `{code: 2.16.03, name: Program  Aplikasi, unit: U1}`
 * with one indicator `{name: Cakupan, unit: "%", targets: {2026: 85.0}}`
 * has the text
 *
 *     id=2.16.03\ncode=2.16.03\nname=program aplikasi\nunit=U1\n
 *     indicator.1.code=\nindicator.1.name=cakupan\nindicator.1.unit=%\n
 *     indicator.1.direction=up\nindicator.1.target.2026=85\n
 *
 * (one string, shown on three lines).  All functions are pure and
 * thread-safe.
 */
#ifndef PLAN_FINGERPRINT_H
#define PLAN_FINGERPRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"

/* Hex digits of a fingerprint, and the buffer size for it with its NUL. */
#define PLAN_FINGERPRINT_DIGITS 16
#define PLAN_FINGERPRINT_BUF 17

/* The canonical text of e (see above).  The caller frees it.  Never NULL
 * (allocation failure aborts, as everywhere in the library). */
char *plan_fingerprint_text(const struct plan_element *e);

/* The fingerprint of e: FNV-1a 64 of plan_fingerprint_text(e). */
uint64_t plan_fingerprint(const struct plan_element *e);

/* 64-bit FNV-1a of s[0..n), as used for fingerprints. */
uint64_t plan_fnv1a64(const char *s, size_t n);

/* Write fp as 16 lower-case hex digits and a NUL into buf; returns buf. */
char *plan_fingerprint_hex(uint64_t fp, char buf[PLAN_FINGERPRINT_BUF]);

/* Read a fingerprint as written in `reviewed:`: exactly 16 hex digits
 * (either case, nothing around them).  False, *fp untouched, otherwise. */
bool plan_fingerprint_parse(const char *s, size_t len, uint64_t *fp);

#endif
