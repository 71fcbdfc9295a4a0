/*
 * escape.h - plan text into every output format the tools write, safely.
 *
 * Plan text is untrusted: a name may hold terminal escapes, line breaks,
 * quotes, formula starters or markup.  Every writer of the four tools
 * (out/emit.c, diff/diff_emit.c, report/report_out.c, report_html.c,
 * svg.c, trace/trace_out.c; their CSV through out/csvout.c, the writer
 * of rows and dialects) puts such text through one of these, so that
 * it can neither move the terminal, forge a line or a finding, break a
 * JSON string, CSV record, workflow command or Graphviz label, nor run as
 * a spreadsheet formula or as markup.
 *
 * Each writes to a stdio stream and reports nothing: callers check
 * ferror() once at the end.  A NULL text is written as the empty text,
 * except where said.  Nothing allocates but plan_put_text_line() (text of
 * 256 bytes and more) and plan_put_csv() (a neutralised field), once a
 * call.
 */
#ifndef PLAN_ESCAPE_H
#define PLAN_ESCAPE_H

#include <stdbool.h>
#include <stdio.h>

/* Terminal text: ESC sequences and C1 controls (with what they
 * introduce), other C0 controls and DEL dropped; TAB, LF and CR become a
 * space, so a message stays on one line; ill-formed UTF-8 becomes
 * U+FFFD. */
void plan_put_text(FILE *out, const char *s);
/* The same after folding: runs of white space (space, TAB, LF, CR) are
 * one space, none at either end.  A value shown on one line. */
void plan_put_text_line(FILE *out, const char *s);

/* On a terminal (on true): the SGR attribute code ("1;31", "0", "")
 * as ESC [ code m; nothing when off. */
void plan_put_sgr(FILE *out, bool on, const char *code);

/* A JSON string with its quotes; NULL is written as null.  Controls (C0,
 * DEL, C1) and U+2028/U+2029 are escaped, ill-formed UTF-8 becomes
 * U+FFFD. */
void plan_put_json_string(FILE *out, const char *s);

/* GitHub workflow commands (::error file=...,title=...::message): cleaned
 * as plan_put_text() but LF and CR kept, then % CR LF percent-encoded in
 * the message (data), and also : and , in a property value. */
void plan_put_gh_data(FILE *out, const char *s);
void plan_put_gh_prop(FILE *out, const char *s);

/* A path as a quoted JSON URI reference (SARIF): relative paths stay
 * relative (a leading "./" dropped), absolute ones become file:// URIs;
 * every byte but the unreserved ones and '/' is percent-encoded. */
void plan_put_uri(FILE *out, const char *path);

/* A CSV field, quoted by libcsv (RFC 4180).  With neutralise, text a
 * spreadsheet would run as a formula (starting with = + - @, TAB or CR)
 * gets a leading apostrophe; figures are written without it.  Returns 0,
 * or EOF on a write error. */
int plan_put_csv(FILE *out, const char *s, bool neutralise);

/* Markdown text (a table cell, a heading): C0 and C1 controls and DEL
 * dropped, Markdown's punctuation \ ` * _ [ ] < > | ~ backslashed, and
 *   PLAN_MD_FOLD    white-space runs one space (none at the end);
 *                   without it each TAB, LF, CR is a space;
 *   PLAN_MD_STRICT  also # and ! backslashed and & written &amp; (no
 *                   entity, no raw HTML). */
enum { PLAN_MD_FOLD = 1, PLAN_MD_STRICT = 2 };
void plan_put_md(FILE *out, const char *s, unsigned flags);

/* HTML and SVG text and attribute values: & < > " ' as entities, C0
 * controls dropped but TAB and LF (not allowed in XML 1.0), CR a
 * space. */
void plan_put_html(FILE *out, const char *s);

/* Inside a Graphviz quoted string: " and \ backslashed (a backslash would
 * start an escString such as \N), C0 and C1 controls and DEL blanked. */
void plan_put_dot(FILE *out, const char *s);
/* The same between quotes. */
void plan_put_dot_string(FILE *out, const char *s);

#endif
