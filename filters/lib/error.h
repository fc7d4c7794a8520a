/* error.h — messages and the exit status every filter shares.
 * 0 all good, 1 some input could not be processed / I/O error, 2 usage. */
#ifndef NF_ERROR_H
#define NF_ERROR_H


extern const char *nf_prog;	/* program name for messages */
extern int nf_status;		/* 0, or 1 once any error was reported */

#if defined(__GNUC__)
#define NF_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define NF_PRINTF(a, b)
#endif

/* "prog: msg" on stderr; nf_error also sets nf_status = 1. */
void nf_warn(const char *fmt, ...) NF_PRINTF(1, 2);
void nf_error(const char *fmt, ...) NF_PRINTF(1, 2);
/* "prog: msg" and exit(1) / exit(2). */
_Noreturn void nf_die(const char *fmt, ...) NF_PRINTF(1, 2);
_Noreturn void nf_usage_error(const char *fmt, ...) NF_PRINTF(1, 2);

#ifdef __CPPCHECK__
/* cppcheck does not honour _Noreturn on a declaration: say it in its terms. */
#include <stdlib.h>
#define nf_die(...) exit(1)
#define nf_usage_error(...) exit(2)
#endif

/* Call first in main as nf_init(argv[0]): sets nf_prog (and argv[0], so
 * getopt's messages name the program alike), SIGPIPE to default, a big
 * stdout buffer. */
#define nf_init(argv0) nf_init_argv(&(argv0))
void nf_init_argv(char **argv0);
/* Call last: flush and check stdout ("write error", status 1); returns the
 * exit status. A closed pipe ends the program quietly. */
int nf_finish(void);

#endif
