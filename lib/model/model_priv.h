/*
 * model_priv.h - what model.c and compact.c share (lib/model only).
 */
#ifndef PLAN_MODEL_PRIV_H
#define PLAN_MODEL_PRIV_H

#include <stddef.h>

#include "model/model.h"

/* The text fields of a document's header under its root (SPEC 3.1;
 * unit's code and name are under `unit`): the reader fills them and the
 * compact copy copies them, from this one list. */
struct plan_doc_field {
	const char *key;
	size_t off;		/* of its struct plan_str in struct plan_doc */
	bool pointed_at;	/* a cross-document rule points at its node:
				   the compact copy keeps a stub */
};
#define PLAN_DOC_NFIELDS 10
extern const struct plan_doc_field plan_doc_fields[PLAN_DOC_NFIELDS];

static inline struct plan_str *plan_doc_field_str(struct plan_doc *d,
						  const struct plan_doc_field *f)
{
	return (struct plan_str *)(void *)((char *)d + f->off);
}

#endif
