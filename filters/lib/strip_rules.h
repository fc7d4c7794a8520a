/* strip_rules.h — the boilerplate pattern file (filters/data/strip-boilerplate.txt). */
#ifndef NF_STRIP_RULES_H
#define NF_STRIP_RULES_H

#include <stdbool.h>
#include <stddef.h>

enum strip_action { RULE_NONE, RULE_DROP, RULE_END };

/* The first rule matching the paragraph s[0..n): its action, and its name
 * in *name. Long paragraphs (> 400 bytes) match nothing. */
enum strip_action strip_rule(const char *s, size_t n, const char **name);
void strip_rules_free(void);

#endif
