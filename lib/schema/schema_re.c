/*
 * schema_re.c - the pattern matcher of the schema validator (see
 * schema_priv.h for the subset and why).
 *
 * Patterns are parsed to a small tree, then compiled to a Thompson NFA
 * program (CHAR-class, SPLIT, JMP, BOL, EOL, MATCH) that is run by
 * simulating every thread at once.  Counted repetitions are expanded, so
 * a program has a fixed upper size, and the simulation's state lives on
 * the stack: a match allocates nothing and touches no shared memory.
 *
 * The simulation costs some 70 instructions a byte, and patterns run on
 * every code, id and reference of a plan.  So compile also builds the
 * program's DFA, over classes of the bytes no set tells apart: a match is
 * then one table step a byte.  Only a pattern with more DFA states than
 * DFA_MAX_STATES (ours have at most 24) keeps the simulation.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema/schema_priv.h"

#define SRE_MAX_PROG 512	/* instructions */
#define SRE_MAX_NODES 256	/* parse-tree nodes */
#define SRE_MAX_REPEAT 64	/* the largest n or m in {n,m} */
#define DFA_MAX_STATES 255	/* so that a state fits a byte */

enum op { OP_CHAR, OP_SPLIT, OP_JMP, OP_BOL, OP_EOL, OP_MATCH };

struct instr {
	unsigned char op;
	unsigned short x, y;		/* jump targets */
	unsigned set;			/* OP_CHAR: index into sets */
};

struct sre {
	struct instr *prog;
	size_t n;
	unsigned char (*sets)[32];	/* 256-bit byte classes */
	bool anchored;			/* begins with ^: no restarts */
	/* the literal bytes after a leading ^ (a match needs them), and
	 * whether they are all of the pattern ("^x-"): a fast path */
	unsigned char prefix[16];
	size_t plen;
	bool prefix_only;
	/* The DFA, when it has been built: state 0 is the start; the next
	 * state is next[state * nclass + byte_class[byte]]. */
	unsigned char *next;
	unsigned char *flags;	/* DFA_* per state */
	unsigned nclass;
	unsigned char byte_class[256];
};

enum {
	DFA_ACCEPT = 1,		/* a match ends here, whatever follows */
	DFA_ACCEPT_END = 2,	/* a match ends here if the text does */
	DFA_DEAD = 4		/* no text from here on can match */
};

/* ---- parsing ---- */

enum nkind { N_SET, N_BOL, N_EOL, N_CAT, N_ALT, N_REP, N_EMPTY };

struct pnode {
	enum nkind kind;
	int a, b;		/* N_CAT/N_ALT: children; N_REP: child in a */
	int min, max;		/* N_REP; max -1 is unbounded */
	unsigned char set[32];
};

struct parser {
	const char *p;
	struct pnode nodes[SRE_MAX_NODES];
	int nn;
	char *err;
	size_t errlen;
	bool failed;
};

static int fail(struct parser *ps, const char *msg)
{
	if (!ps->failed)
		snprintf(ps->err, ps->errlen, "%s", msg);
	ps->failed = true;
	return -1;
}

static int new_node(struct parser *ps, enum nkind k)
{
	if (ps->nn >= SRE_MAX_NODES)
		return fail(ps, "pattern too complex");
	memset(&ps->nodes[ps->nn], 0, sizeof ps->nodes[0]);
	ps->nodes[ps->nn].kind = k;
	return ps->nn++;
}

static void set_add(unsigned char *set, unsigned c)
{
	set[c >> 3] |= (unsigned char)(1u << (c & 7));
}

/* The characters both dialects let a backslash make literal: POSIX
 * leaves `\` before an ordinary character undefined. */
static bool is_special(char c)
{
	return c != '\0' && strchr("\\.^$|?*+()[{", c) != NULL;
}

static int parse_alt(struct parser *ps);

/* [abc0-9]: ASCII literals and ranges only.  A backslash means itself to
 * POSIX and an escape to ECMAScript, so it is refused. */
static int parse_class(struct parser *ps)
{
	int n = new_node(ps, N_SET);
	bool neg = false;
	unsigned char set[32] = {0};

	if (n < 0)
		return -1;
	if (*ps->p == '^')
		neg = true, ps->p++;
	if (*ps->p == ']')
		return fail(ps, "']' first in a class reads differently in POSIX and ECMAScript");
	while (*ps->p != ']') {
		unsigned lo = (unsigned char)*ps->p, hi;

		if (lo == '\0')
			return fail(ps, "unterminated '['");
		if (lo == '\\' || lo >= 0x80 || (lo == '[' && ps->p[1] == ':'))
			return fail(ps, "only ASCII literals and ranges in a class");
		ps->p++;
		hi = lo;
		if (*ps->p == '-' && ps->p[1] != ']' && ps->p[1] != '\0') {
			hi = (unsigned char)ps->p[1];
			if (hi == '\\' || hi >= 0x80 || hi < lo)
				return fail(ps, "bad range in a class");
			ps->p += 2;
		}
		for (unsigned c = lo; c <= hi; c++)
			set_add(set, c);
	}
	ps->p++;
	for (unsigned i = 0; i < 32; i++)
		ps->nodes[n].set[i] = neg ? (unsigned char)~set[i] : set[i];
	return n;
}

static int parse_literal(struct parser *ps, unsigned char c)
{
	int n = new_node(ps, N_SET);

	if (n >= 0)
		set_add(ps->nodes[n].set, c);
	return n;
}

static int parse_atom(struct parser *ps)
{
	char c = *ps->p++;
	int n;

	switch (c) {
	case '(':
		if (*ps->p == '?')
			return fail(ps, "'(?' groups are ECMAScript only");
		n = parse_alt(ps);
		if (n >= 0 && *ps->p++ != ')')
			return fail(ps, "unbalanced '('");
		return n;
	case '[':
		return parse_class(ps);
	case '^':
		return new_node(ps, N_BOL);
	case '$':
		return new_node(ps, N_EOL);
	case '\\':
		if (!is_special(*ps->p))
			return fail(ps, "only a special character may follow '\\' (no \\d, \\w, back-references)");
		return parse_literal(ps, (unsigned char)*ps->p++);
	case '.':
		return fail(ps, "'.' matches newlines in POSIX but not in ECMAScript: write a class");
	case ')': case '*': case '+': case '?': case '{': case ']': case '}':
		return fail(ps, "misplaced special character");
	default:
		return parse_literal(ps, (unsigned char)c);
	}
}

static int read_count(struct parser *ps)
{
	int v = 0;

	if (*ps->p < '0' || *ps->p > '9')
		return -1;
	while (*ps->p >= '0' && *ps->p <= '9') {
		v = v * 10 + (*ps->p++ - '0');
		if (v > SRE_MAX_REPEAT)
			return -2;
	}
	return v;
}

/* {n}, {n,}, {n,m} after the '{'. */
static bool parse_braces(struct parser *ps, int *min, int *max)
{
	*min = read_count(ps);
	if (*min < 0)
		return false;
	*max = *min;
	if (*ps->p == ',') {
		ps->p++;
		*max = *ps->p == '}' ? -1 : read_count(ps);
		if (*max == -2 || (*max >= 0 && *max < *min))
			return false;
	}
	return *ps->p++ == '}';
}

static int parse_repeat(struct parser *ps)
{
	int n = parse_atom(ps), min = 0, max = 0, nq = 0;

	if (n < 0)
		return -1;
	while (*ps->p && strchr("*+?{", *ps->p)) {
		char q = *ps->p++;
		int r;

		if (nq++ > 0)
			return fail(ps, "a quantifier after a quantifier reads differently in POSIX and ECMAScript");
		if (q == '{' && !parse_braces(ps, &min, &max))
			return fail(ps, "bad {n,m}");
		if (q == '*')
			min = 0, max = -1;
		else if (q == '+')
			min = 1, max = -1;
		else if (q == '?')
			min = 0, max = 1;
		r = new_node(ps, N_REP);
		if (r < 0)
			return -1;
		ps->nodes[r].a = n;
		ps->nodes[r].min = min;
		ps->nodes[r].max = max;
		n = r;
	}
	return n;
}

static int join(struct parser *ps, enum nkind k, int a, int b)
{
	int n;

	if (a < 0)
		return b;
	n = new_node(ps, k);
	if (n >= 0) {
		ps->nodes[n].a = a;
		ps->nodes[n].b = b;
	}
	return n;
}

static int parse_cat(struct parser *ps)
{
	int n = -1;

	while (*ps->p && *ps->p != '|' && *ps->p != ')') {
		int r = parse_repeat(ps);

		if (r < 0)
			return -1;
		n = join(ps, N_CAT, n, r);
		if (n < 0)
			return -1;
	}
	return n < 0 ? new_node(ps, N_EMPTY) : n;
}

static int parse_alt(struct parser *ps)
{
	int n = parse_cat(ps);

	while (n >= 0 && *ps->p == '|') {
		int r;

		ps->p++;
		r = parse_cat(ps);
		if (r < 0)
			return -1;
		n = join(ps, N_ALT, n, r);
	}
	return n;
}

/* ---- code generation ---- */

struct gen {
	const struct parser *ps;
	struct instr prog[SRE_MAX_PROG];
	unsigned char sets[SRE_MAX_PROG][32];
	size_t n, nsets;
	bool full;
};

static size_t emit(struct gen *g, enum op op)
{
	if (g->n >= SRE_MAX_PROG) {
		g->full = true;
		return g->n - 1;
	}
	memset(&g->prog[g->n], 0, sizeof g->prog[0]);
	g->prog[g->n].op = (unsigned char)op;
	return g->n++;
}

static void gen_node(struct gen *g, int i);

/* e{min,max}: min copies, then max-min optional ones (or a loop). */
static void gen_repeat(struct gen *g, const struct pnode *nd)
{
	size_t split, opt[SRE_MAX_REPEAT + 1], nopt = 0;

	for (int k = 0; k < nd->min && !g->full; k++)
		gen_node(g, nd->a);
	if (nd->max < 0) {
		split = emit(g, OP_SPLIT);
		g->prog[split].x = (unsigned short)(split + 1);
		gen_node(g, nd->a);
		size_t j = emit(g, OP_JMP);
		g->prog[j].x = (unsigned short)split;
		g->prog[split].y = (unsigned short)g->n;
		return;
	}
	for (int k = nd->min; k < nd->max && !g->full; k++) {
		opt[nopt++] = emit(g, OP_SPLIT);
		g->prog[opt[nopt - 1]].x = (unsigned short)g->n;
		gen_node(g, nd->a);
	}
	for (size_t k = 0; k < nopt; k++)
		g->prog[opt[k]].y = (unsigned short)g->n;
}

static void gen_node(struct gen *g, int i)
{
	const struct pnode *nd = &g->ps->nodes[i];
	size_t s, j;

	if (g->full)
		return;
	switch (nd->kind) {
	case N_SET:
		s = emit(g, OP_CHAR);
		if (g->nsets < SRE_MAX_PROG) {
			memcpy(g->sets[g->nsets], nd->set, 32);
			g->prog[s].set = (unsigned)g->nsets++;
		}
		break;
	case N_BOL: emit(g, OP_BOL); break;
	case N_EOL: emit(g, OP_EOL); break;
	case N_EMPTY: break;
	case N_CAT:
		gen_node(g, nd->a);
		gen_node(g, nd->b);
		break;
	case N_ALT:
		s = emit(g, OP_SPLIT);
		g->prog[s].x = (unsigned short)g->n;
		gen_node(g, nd->a);
		j = emit(g, OP_JMP);
		g->prog[s].y = (unsigned short)g->n;
		gen_node(g, nd->b);
		g->prog[j].x = (unsigned short)g->n;
		break;
	case N_REP:
		gen_repeat(g, nd);
		break;
	}
}

/* The byte a class matches when it matches exactly one, else -1. */
static int single_byte(const unsigned char *set)
{
	int c = -1;

	for (int i = 0; i < 256; i++) {
		if (!(set[i >> 3] & (1u << (i & 7))))
			continue;
		if (c >= 0)
			return -1;
		c = i;
	}
	return c;
}

static void find_prefix(struct sre *re)
{
	size_t pc = 1;

	while (pc < re->n && re->plen < sizeof re->prefix &&
	       re->prog[pc].op == OP_CHAR) {
		int c = single_byte(re->sets[re->prog[pc].set]);

		if (c < 0)
			break;
		re->prefix[re->plen++] = (unsigned char)c;
		pc++;
	}
	re->prefix_only = pc < re->n && re->prog[pc].op == OP_MATCH;
}

static bool in_set(const struct sre *re, const struct instr *in,
		   unsigned char c)
{
	return re->sets[in->set][c >> 3] & (1u << (c & 7));
}

/* ---- the DFA ---- */

/* A set of program counters: a DFA state while it is being built. */
struct pcset {
	uint64_t w[SRE_MAX_PROG / 64];
};

static bool pc_in(const struct pcset *s, unsigned pc)
{
	return s->w[pc >> 6] >> (pc & 63) & 1;
}

/* Everything reachable from pc without reading a byte, as add() does,
 * but with the text's start and end as flags: an EOL met before the end
 * stays in the set, and is passed by accepts_at_end(). */
static void close_set(const struct sre *re, struct pcset *s, unsigned pc,
		      bool at_start, bool at_end)
{
	while (!pc_in(s, pc)) {
		const struct instr *in = &re->prog[pc];

		s->w[pc >> 6] |= (uint64_t)1 << (pc & 63);
		switch (in->op) {
		case OP_JMP:
			pc = in->x;
			continue;
		case OP_SPLIT:
			close_set(re, s, in->x, at_start, at_end);
			pc = in->y;
			continue;
		case OP_BOL:
			if (!at_start)
				return;
			pc++;
			continue;
		case OP_EOL:
			if (!at_end)
				return;
			pc++;
			continue;
		default:
			return;
		}
	}
}

static bool has_op(const struct sre *re, const struct pcset *s, enum op op)
{
	for (unsigned pc = 0; pc < re->n; pc++)
		if (pc_in(s, pc) && re->prog[pc].op == op)
			return true;
	return false;
}

static bool accepts_at_end(const struct sre *re, const struct pcset *s,
			   bool at_start)
{
	struct pcset end = {{0}};

	for (unsigned pc = 0; pc < re->n; pc++)
		if (pc_in(s, pc) && re->prog[pc].op == OP_EOL)
			close_set(re, &end, pc + 1, at_start, true);
	return has_op(re, s, OP_MATCH) || has_op(re, &end, OP_MATCH);
}

/* Bytes fall in one class when every set of the program takes both or
 * neither: refine the one class of all bytes by each set in turn. */
static void find_byte_classes(struct sre *re, unsigned char *rep)
{
	memset(re->byte_class, 0, sizeof re->byte_class);
	re->nclass = 1;
	for (unsigned pc = 0; pc < re->n; pc++) {
		if (re->prog[pc].op != OP_CHAR)
			continue;
		short id[256][2];
		unsigned n = 0;

		memset(id, -1, sizeof id);
		for (unsigned b = 0; b < 256; b++) {
			unsigned side = in_set(re, &re->prog[pc],
					       (unsigned char)b) ? 1 : 0;
			short *slot = &id[re->byte_class[b]][side];

			if (*slot < 0)
				*slot = (short)n++;
			re->byte_class[b] = (unsigned char)*slot;
		}
		re->nclass = n;
	}
	for (int b = 255; b >= 0; b--)
		rep[re->byte_class[b]] = (unsigned char)b;
}

struct dfa_build {
	struct pcset state[DFA_MAX_STATES];
	unsigned char next[DFA_MAX_STATES * 256];
	unsigned n;
};

/* The state reached from state i on byte (the representative of its
 * class), added if new; -1 when there would be too many. */
static int step_state(const struct sre *re, struct dfa_build *d, unsigned i,
		      unsigned char byte)
{
	struct pcset to = {{0}};

	for (unsigned pc = 0; pc < re->n; pc++)
		if (pc_in(&d->state[i], pc) && re->prog[pc].op == OP_CHAR &&
		    in_set(re, &re->prog[pc], byte))
			close_set(re, &to, pc + 1, false, false);
	if (!re->anchored)	/* an unanchored search starts anywhere */
		close_set(re, &to, 0, false, false);
	/* not the start: only it may pass a ^ */
	for (unsigned j = 1; j < d->n; j++)
		if (!memcmp(&d->state[j], &to, sizeof to))
			return (int)j;
	if (d->n == DFA_MAX_STATES)
		return -1;
	d->state[d->n] = to;
	return (int)d->n++;
}

static unsigned char state_flags(const struct sre *re, const struct pcset *s,
				 bool start)
{
	unsigned char f = 0;

	if (has_op(re, s, OP_MATCH))
		f |= DFA_ACCEPT;
	if (accepts_at_end(re, s, start))
		f |= DFA_ACCEPT_END;
	if (!f && re->anchored && !has_op(re, s, OP_CHAR))
		f |= DFA_DEAD;
	return f;
}

/* Subset construction, breadth first from the start state. */
static void build_dfa(struct plan_arena *a, struct sre *re)
{
	struct dfa_build *d = plan_xmalloc(sizeof *d);
	unsigned char rep[256];

	find_byte_classes(re, rep);
	memset(&d->state[0], 0, sizeof d->state[0]);
	close_set(re, &d->state[0], 0, true, false);
	d->n = 1;
	for (unsigned i = 0; i < d->n; i++) {
		for (unsigned k = 0; k < re->nclass; k++) {
			int j = step_state(re, d, i, rep[k]);

			if (j < 0) {
				free(d);
				return;	/* the simulation it is */
			}
			d->next[i * re->nclass + k] = (unsigned char)j;
		}
	}
	re->next = plan_arena_alloc(a, (size_t)d->n * re->nclass);
	memcpy(re->next, d->next, (size_t)d->n * re->nclass);
	re->flags = plan_arena_alloc(a, d->n);
	for (unsigned i = 0; i < d->n; i++)
		re->flags[i] = state_flags(re, &d->state[i], i == 0);
	free(d);
}

static bool dfa_match(const struct sre *re, const unsigned char *s,
		      size_t len)
{
	unsigned st = 0;

	for (size_t pos = 0;; pos++) {
		unsigned f = re->flags[st];

		if (f & DFA_ACCEPT)
			return true;
		if (pos == len)
			return f & DFA_ACCEPT_END;
		if (f & DFA_DEAD)
			return false;
		st = re->next[st * re->nclass + re->byte_class[s[pos]]];
	}
}

static struct sre *finish(struct plan_arena *a, struct gen *g)
{
	struct sre *re = plan_arena_alloc(a, sizeof *re);

	emit(g, OP_MATCH);
	if (g->full)
		return NULL;
	re->n = g->n;
	re->prog = plan_arena_alloc(a, g->n * sizeof g->prog[0]);
	memcpy(re->prog, g->prog, g->n * sizeof g->prog[0]);
	re->sets = plan_arena_alloc(a, (g->nsets ? g->nsets : 1) * 32);
	memcpy(re->sets, g->sets, g->nsets * 32);
	re->anchored = g->prog[0].op == OP_BOL;
	if (re->anchored)
		find_prefix(re);
	build_dfa(a, re);
	return re;
}

struct sre *plan_sre_compile(struct plan_arena *a, const char *pat, char *err,
			size_t errlen)
{
	/* Both are large: keep them off the stack of a small thread. */
	struct parser *ps = plan_xmalloc(sizeof *ps);
	struct gen *g = plan_xmalloc(sizeof *g);
	struct sre *re = NULL;
	int root;

	memset(ps, 0, sizeof *ps);
	ps->p = pat;
	ps->err = err;
	ps->errlen = errlen;
	root = parse_alt(ps);
	if (root >= 0 && *ps->p != '\0')
		root = fail(ps, "unbalanced ')'");
	if (root >= 0) {
		memset(g, 0, sizeof *g);
		g->ps = ps;
		gen_node(g, root);
		re = finish(a, g);
		if (re == NULL)
			snprintf(err, errlen, "pattern too complex");
	}
	free(g);
	free(ps);
	return re;
}

/* ---- matching ---- */

struct threads {
	unsigned short pc[SRE_MAX_PROG];
	size_t n;
};

/* Add pc and everything reachable from it without reading a byte.  mark
 * holds the step at which an instruction was last added, so each is
 * added once per step and empty loops terminate. */
static void add(const struct sre *re, struct threads *t, unsigned *mark,
		unsigned step, unsigned pc, size_t pos, size_t len)
{
	while (mark[pc] != step) {
		const struct instr *in = &re->prog[pc];

		mark[pc] = step;
		switch (in->op) {
		case OP_JMP:
			pc = in->x;
			continue;
		case OP_SPLIT:
			add(re, t, mark, step, in->x, pos, len);
			pc = in->y;
			continue;
		case OP_BOL:
			if (pos != 0)
				return;
			pc++;
			continue;
		case OP_EOL:
			if (pos != len)
				return;
			pc++;
			continue;
		default:
			t->pc[t->n++] = (unsigned short)pc;
			return;
		}
	}
}

static bool has_match(const struct sre *re, const struct threads *t)
{
	for (size_t i = 0; i < t->n; i++)
		if (re->prog[t->pc[i]].op == OP_MATCH)
			return true;
	return false;
}

bool plan_sre_match_nfa(const struct sre *re, const char *s, size_t len)
{
	struct threads a, b, *cur = &a, *next = &b, *tmp;
	unsigned mark[SRE_MAX_PROG];
	unsigned step = 1;

	if (re->plen > 0 && (len < re->plen ||
			     memcmp(s, re->prefix, re->plen) != 0))
		return false;
	if (re->prefix_only)
		return true;
	/* only the program's part: most programs are a few instructions,
	 * and this runs for every key and value that has a pattern */
	memset(mark, 0, re->n * sizeof mark[0]);
	cur->n = 0;
	add(re, cur, mark, step, 0, 0, len);
	for (size_t pos = 0;; pos++) {
		if (has_match(re, cur))
			return true;
		if (pos == len || (cur->n == 0 && re->anchored))
			return false;
		next->n = 0;
		step++;
		for (size_t i = 0; i < cur->n; i++) {
			const struct instr *in = &re->prog[cur->pc[i]];

			if (in->op == OP_CHAR &&
			    in_set(re, in, (unsigned char)s[pos]))
				add(re, next, mark, step, cur->pc[i] + 1u,
				    pos + 1, len);
		}
		if (!re->anchored)	/* an unanchored search starts anywhere */
			add(re, next, mark, step, 0, pos + 1, len);
		tmp = cur, cur = next, next = tmp;
	}
}

bool plan_sre_match(const struct sre *re, const char *s, size_t len)
{
	/* "^x-" runs on every key: a byte or two, no call */
	if (re->prefix_only) {
		if (len < re->plen)
			return false;
		for (size_t i = 0; i < re->plen; i++)
			if ((unsigned char)s[i] != re->prefix[i])
				return false;
		return true;
	}
	if (re->next)	/* the DFA reads the prefix at the same cost */
		return dfa_match(re, (const unsigned char *)s, len);
	return plan_sre_match_nfa(re, s, len);
}

bool plan_sre_has_dfa(const struct sre *re)
{
	return re->next != NULL;
}
