/* kmeans — deterministic nested k-means word classes from word vectors.
 *
 * usage: kmeans [-s SEED] [-i ITERS] [-p NPC] K1[,K2,...] < vectors > clusters
 *
 * Input lines are "word<TAB>v1 v2 ... vD" (every line the same D). Vectors
 * are centred, their top NPC (default 2) principal components removed, and
 * scaled to unit length, so Euclidean k-means groups words by cosine.
 * The words are clustered into K1 classes (k-means++ seeding from a fixed
 * seed, Lloyd iterations); then the K1 centroids, weighted by their sizes,
 * into K2 classes, and so on: the classes nest, each coarser level a union
 * of finer ones. Output is "word<TAB>c1<TAB>c2..." in input order, class
 * ids numbered by first appearance so the same input gives the same bytes.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
	size_t n, dim;
	float *x;		/* n * dim, row-major */
	double *w;		/* weight of each point */
} points;

static void
die(const char *msg)
{
	fprintf(stderr, "kmeans: %s\n", msg);
	exit(1);
}

static void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("out of memory");
	return p;
}

static uint64_t rng_state;

/* splitmix64: tiny, seedable, the same everywhere. */
static uint64_t
rng_next(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static double
rng_unit(void)
{
	return (double)(rng_next() >> 11) / 9007199254740992.0;
}

static void
normalise(float *v, size_t dim)
{
	double s = 0;
	for (size_t d = 0; d < dim; d++)
		s += (double)v[d] * v[d];
	if (s <= 0)
		return;
	s = 1.0 / sqrt(s);
	for (size_t d = 0; d < dim; d++)
		v[d] = (float)(v[d] * s);
}

/* Parse one vector line's numbers into out; returns how many were read. */
static size_t
parse_vector(char *s, float *out, size_t max)
{
	size_t k = 0;
	char *end;
	while (k < max) {
		errno = 0;
		float f = strtof(s, &end);
		if (end == s)
			break;
		out[k++] = f;
		s = end;
	}
	return k;
}

static void
read_input(FILE *f, points *p, char ***words)
{
	char *line = NULL;
	size_t cap = 0, have = 0;
	ssize_t len;
	float tmp[4096];
	p->n = p->dim = 0;
	p->x = NULL;
	*words = NULL;
	while ((len = getline(&line, &cap, f)) > 0) {
		char *tab = memchr(line, '\t', (size_t)len);
		if (!tab)
			die("input line without a tab");
		*tab = '\0';
		size_t k = parse_vector(tab + 1, tmp, 4096);
		if (p->dim == 0)
			p->dim = k;
		if (k == 0 || k != p->dim)
			die("vectors of different dimensions");
		if (p->n == have) {
			have = have ? 2 * have : 4096;
			p->x = xrealloc(p->x, have * p->dim * sizeof *p->x);
			*words = xrealloc(*words, have * sizeof **words);
		}
		memcpy(p->x + p->n * p->dim, tmp, k * sizeof *tmp);
		(*words)[p->n] = strdup(line);
		if (!(*words)[p->n])
			die("out of memory");
		p->n++;
	}
	free(line);
	if (ferror(f))
		die("read error");
	p->w = xrealloc(NULL, (p->n ? p->n : 1) * sizeof *p->w);
	for (size_t i = 0; i < p->n; i++)
		p->w[i] = 1.0;
}

/* Subtract the mean vector and the projections on the top npc principal
 * directions (found by power iteration), then scale to unit length. Raw
 * GloVe vectors share a large common part that tracks word frequency;
 * without this, frequent words of every kind land in the same classes. */
static void
postprocess(points *p, int npc)
{
	size_t dim = p->dim;
	double *mean = calloc(dim, sizeof *mean);
	double *cov = calloc(dim * dim, sizeof *cov);
	double *u = xrealloc(NULL, dim * sizeof *u), *v = xrealloc(NULL, dim * sizeof *v);
	if (!mean || !cov)
		die("out of memory");
	for (size_t i = 0; i < p->n; i++)
		for (size_t d = 0; d < dim; d++)
			mean[d] += p->x[i * dim + d];
	for (size_t d = 0; d < dim; d++)
		mean[d] /= (double)p->n;
	for (size_t i = 0; i < p->n; i++) {
		float *x = p->x + i * dim;
		for (size_t d = 0; d < dim; d++)
			x[d] = (float)(x[d] - mean[d]);
		for (size_t a = 0; a < dim; a++)
			for (size_t b = 0; b < dim; b++)
				cov[a * dim + b] += (double)x[a] * x[b];
	}
	for (int c = 0; c < npc; c++) {
		for (size_t d = 0; d < dim; d++)
			u[d] = 1.0 / sqrt((double)dim + d);
		for (int it = 0; it < 200; it++) {
			double s = 0;
			for (size_t a = 0; a < dim; a++) {
				v[a] = 0;
				for (size_t b = 0; b < dim; b++)
					v[a] += cov[a * dim + b] * u[b];
				s += v[a] * v[a];
			}
			s = sqrt(s);
			for (size_t d = 0; d < dim; d++)
				u[d] = s > 0 ? v[d] / s : 0;
		}
		/* remove the direction from the points and from cov (deflation) */
		for (size_t i = 0; i < p->n; i++) {
			float *x = p->x + i * dim;
			double dot = 0;
			for (size_t d = 0; d < dim; d++)
				dot += x[d] * u[d];
			for (size_t d = 0; d < dim; d++)
				x[d] = (float)(x[d] - dot * u[d]);
		}
		double lambda = 0;
		for (size_t a = 0; a < dim; a++)
			for (size_t b = 0; b < dim; b++)
				lambda += u[a] * cov[a * dim + b] * u[b];
		for (size_t a = 0; a < dim; a++)
			for (size_t b = 0; b < dim; b++)
				cov[a * dim + b] -= lambda * u[a] * u[b];
	}
	for (size_t i = 0; i < p->n; i++)
		normalise(p->x + i * dim, dim);
	free(mean);
	free(cov);
	free(u);
	free(v);
}

/* Centroids are kept transposed (ct[d * k + j]) so that scoring one point
 * against all k centroids is a run of independent multiply-adds the
 * compiler can vectorise; each sum is still taken in the same order. */
typedef struct {
	size_t k, dim;
	float *ct;		/* dim * k */
	float *norm2;		/* |c_j|^2 */
	float *acc;		/* k scratch */
} centroids;

static void
set_centroid(centroids *c, size_t j, const double *v)
{
	double s = 0;
	for (size_t d = 0; d < c->dim; d++) {
		c->ct[d * c->k + j] = (float)v[d];
		s += v[d] * v[d];
	}
	c->norm2[j] = (float)s;
}

/* Nearest centroid of x; *dist gets the squared distance (|x| = 1). */
static size_t
nearest(centroids *c, const float *x, double *dist)
{
	size_t k = c->k;
	float *acc = c->acc;
	for (size_t j = 0; j < k; j++)
		acc[j] = 0;
	for (size_t d = 0; d < c->dim; d++) {
		float xd = x[d];
		const float *row = c->ct + d * k;
		for (size_t j = 0; j < k; j++)
			acc[j] += xd * row[j];
	}
	size_t best = 0;
	float bestv = c->norm2[0] - 2 * acc[0];
	for (size_t j = 1; j < k; j++) {
		float v = c->norm2[j] - 2 * acc[j];
		if (v < bestv) {
			bestv = v;
			best = j;
		}
	}
	*dist = 1.0 + bestv;
	return best;
}

static void
seed_plus_plus(const points *p, centroids *c, double *v)
{
	double *dmin = xrealloc(NULL, p->n * sizeof *dmin);
	size_t first = (size_t)(rng_next() % p->n);
	for (size_t d = 0; d < p->dim; d++)
		v[d] = p->x[first * p->dim + d];
	for (size_t j = 0; j < c->k; j++) {
		/* set centroid j = v, then update every point's distance */
		centroids one = { 1, p->dim, NULL, NULL, NULL };
		float ct1[4096], n1, a1;
		one.ct = ct1;
		one.norm2 = &n1;
		one.acc = &a1;
		set_centroid(c, j, v);
		set_centroid(&one, 0, v);
		double total = 0;
		for (size_t i = 0; i < p->n; i++) {
			double dist;
			nearest(&one, p->x + i * p->dim, &dist);
			if (dist < 0)
				dist = 0;
			if (j == 0 || dist < dmin[i])
				dmin[i] = dist;
			total += p->w[i] * dmin[i];
		}
		if (j + 1 == c->k)
			break;
		double r = rng_unit() * total, run = 0;
		size_t pick = p->n - 1;
		for (size_t i = 0; i < p->n; i++) {
			run += p->w[i] * dmin[i];
			if (run > r) {
				pick = i;
				break;
			}
		}
		for (size_t d = 0; d < p->dim; d++)
			v[d] = p->x[pick * p->dim + d];
	}
	free(dmin);
}

/* Lloyd iterations; returns the assignment of every point. */
static size_t *
kmeans(const points *p, size_t k, int iters)
{
	centroids c = { k, p->dim, NULL, NULL, NULL };
	c.ct = xrealloc(NULL, k * p->dim * sizeof *c.ct);
	c.norm2 = xrealloc(NULL, k * sizeof *c.norm2);
	c.acc = xrealloc(NULL, k * sizeof *c.acc);
	double *sum = xrealloc(NULL, k * p->dim * sizeof *sum);
	double *wsum = xrealloc(NULL, k * sizeof *wsum);
	double *dist = xrealloc(NULL, p->n * sizeof *dist);
	size_t *as = xrealloc(NULL, p->n * sizeof *as);
	for (size_t i = 0; i < p->n; i++)
		as[i] = SIZE_MAX;

	seed_plus_plus(p, &c, sum);
	for (int it = 0; it < iters; it++) {
		size_t changed = 0;
		double cost = 0;
		for (size_t i = 0; i < p->n; i++) {
			size_t j = nearest(&c, p->x + i * p->dim, &dist[i]);
			changed += j != as[i];
			as[i] = j;
			cost += p->w[i] * dist[i];
		}
		fprintf(stderr, "kmeans: k=%zu iteration %d: %zu moved, cost %.2f\n",
			k, it + 1, changed, cost);
		if (!changed)
			break;
		memset(sum, 0, k * p->dim * sizeof *sum);
		memset(wsum, 0, k * sizeof *wsum);
		for (size_t i = 0; i < p->n; i++) {
			wsum[as[i]] += p->w[i];
			for (size_t d = 0; d < p->dim; d++)
				sum[as[i] * p->dim + d] += p->w[i] * p->x[i * p->dim + d];
		}
		for (size_t j = 0; j < k; j++) {
			double *v = sum + j * p->dim;
			if (wsum[j] == 0) {
				/* empty: restart at the worst-served point */
				size_t far = 0;
				for (size_t i = 1; i < p->n; i++)
					if (dist[i] > dist[far])
						far = i;
				dist[far] = 0;
				for (size_t d = 0; d < p->dim; d++)
					v[d] = p->x[far * p->dim + d];
			} else {
				for (size_t d = 0; d < p->dim; d++)
					v[d] /= wsum[j];
			}
			set_centroid(&c, j, v);
		}
	}
	free(c.ct);
	free(c.norm2);
	free(c.acc);
	free(sum);
	free(wsum);
	free(dist);
	return as;
}

/* The weighted means of the k clusters, as points for the next level. */
static points
means(const points *p, const size_t *as, size_t k)
{
	points m = { k, p->dim, NULL, NULL };
	double *sum = calloc(k * p->dim, sizeof *sum);
	m.x = xrealloc(NULL, k * p->dim * sizeof *m.x);
	m.w = calloc(k, sizeof *m.w);
	if (!sum || !m.w)
		die("out of memory");
	for (size_t i = 0; i < p->n; i++) {
		m.w[as[i]] += p->w[i];
		for (size_t d = 0; d < p->dim; d++)
			sum[as[i] * p->dim + d] += p->w[i] * p->x[i * p->dim + d];
	}
	for (size_t j = 0; j < k; j++) {
		for (size_t d = 0; d < p->dim; d++)
			m.x[j * p->dim + d] = (float)(m.w[j] ? sum[j * p->dim + d] / m.w[j] : 0);
		normalise(m.x + j * p->dim, p->dim);
	}
	free(sum);
	return m;
}

/* Renumber labels[0..n) by first appearance. */
static void
renumber(size_t *labels, size_t n, size_t k)
{
	size_t *map = xrealloc(NULL, k * sizeof *map), next = 0;
	for (size_t j = 0; j < k; j++)
		map[j] = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		if (map[labels[i]] == SIZE_MAX)
			map[labels[i]] = next++;
		labels[i] = map[labels[i]];
	}
	free(map);
}

static size_t
parse_ks(const char *s, size_t *ks, size_t max)
{
	size_t n = 0;
	while (*s && n < max) {
		char *end;
		unsigned long v = strtoul(s, &end, 10);
		if (end == s || v < 2)
			return 0;
		ks[n++] = v;
		s = *end == ',' ? end + 1 : end;
		if (*end && *end != ',')
			return 0;
	}
	return n;
}

int
main(int argc, char **argv)
{
	unsigned long seed = 1;
	int iters = 30, npc = 2, opt;
	size_t ks[8], nk;
	while ((opt = getopt(argc, argv, "s:i:p:")) != -1) {
		if (opt == 's')
			seed = strtoul(optarg, NULL, 10);
		else if (opt == 'i')
			iters = atoi(optarg);
		else if (opt == 'p')
			npc = atoi(optarg);
		else
			return 2;
	}
	if (optind + 1 != argc || !(nk = parse_ks(argv[optind], ks, 8))) {
		fputs("usage: kmeans [-s SEED] [-i ITERS] [-p NPC] K1[,K2,...] < vectors\n", stderr);
		return 2;
	}
	rng_state = seed;

	points p;
	char **words;
	read_input(stdin, &p, &words);
	if (p.n)
		postprocess(&p, npc);
	if (p.n < ks[0])
		die("fewer words than classes");
	size_t n = p.n;
	size_t *labels = xrealloc(NULL, n * nk * sizeof *labels);
	points cur = p;
	size_t *prev = NULL;	/* word -> class at the previous level */
	for (size_t l = 0; l < nk; l++) {
		size_t *as = kmeans(&cur, ks[l], iters);
		for (size_t i = 0; i < n; i++)
			labels[i * nk + l] = as[prev ? prev[i] : i];
		points next = means(&cur, as, ks[l]);
		if (cur.x != p.x) {
			free(cur.x);
			free(cur.w);
		}
		free(as);
		cur = next;
		if (!prev)
			prev = xrealloc(NULL, n * sizeof *prev);
		for (size_t i = 0; i < n; i++)
			prev[i] = labels[i * nk + l];
	}
	size_t *col = xrealloc(NULL, n * sizeof *col);
	for (size_t l = 0; l < nk; l++) {
		for (size_t i = 0; i < n; i++)
			col[i] = labels[i * nk + l];
		renumber(col, n, ks[l]);
		for (size_t i = 0; i < n; i++)
			labels[i * nk + l] = col[i];
	}
	for (size_t i = 0; i < n; i++) {
		fputs(words[i], stdout);
		for (size_t l = 0; l < nk; l++)
			printf("\t%zu", labels[i * nk + l]);
		putchar('\n');
		free(words[i]);
	}
	free(cur.x);
	free(cur.w);
	free(col);
	free(prev);
	free(labels);
	free(words);
	free(p.x);
	free(p.w);
	if (fflush(stdout) || ferror(stdout))
		die("write error");
	return 0;
}
