/* error.c — messages, exit status, and the checks on stdout at exit. */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"

const char *nf_prog = "newsfilters";
int nf_status = 0;

/* Output buffer: large writes are what make a filter fast through a pipe. */
static char outbuf[1 << 16];

static void
vmsg(const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", nf_prog);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
nf_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
}

void
nf_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	nf_status = 1;
}

void
nf_die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	exit(1);
}

void
nf_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", nf_prog);
	exit(2);
}

void
nf_init_argv(char **argv0)
{
	if (*argv0) {
		char *slash = strrchr(*argv0, '/');
		if (slash)
			*argv0 = slash + 1;
		nf_prog = *argv0;
	}
	/* A closed pipe (| head) ends us quietly, even if our parent ignored SIGPIPE. */
	signal(SIGPIPE, SIG_DFL);
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
}

int
nf_finish(void)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		if (errno == EPIPE)
			_exit(nf_status);
		fprintf(stderr, "%s: write error: %s\n", nf_prog, strerror(errno));
		return 1;
	}
	if (fclose(stdout) == EOF) {
		fprintf(stderr, "%s: write error: %s\n", nf_prog, strerror(errno));
		return 1;
	}
	return nf_status;
}
