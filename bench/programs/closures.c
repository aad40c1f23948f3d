/* closures: the same algorithm as closures.scm. A closure is a malloc'd struct of a code
   pointer and its captured values; lists are cons cells. Everything a round allocates comes
   from a bump arena that is reset after the round (C has no collector). Prints a checksum. */
#include <stdio.h>
#include <stdlib.h>

struct closure;
typedef long (*code)(struct closure *, long, long);
struct closure { code fn; long n; struct closure *f, *g; };
struct cell { long car; struct cell *cdr; };

static char *arena;
static size_t arena_used, arena_size = 1 << 22, arena_mark;

static void *alloc(size_t n) {
    if (arena_used + n > arena_size) abort();
    void *p = arena + arena_used;
    arena_used += n;
    return p;
}

static struct cell *cons(long car, struct cell *cdr) {
    struct cell *c = alloc(sizeof *c);
    c->car = car;
    c->cdr = cdr;
    return c;
}

static struct closure *closure(code fn, long n, struct closure *f, struct closure *g) {
    struct closure *c = alloc(sizeof *c);
    c->fn = fn; c->n = n; c->f = f; c->g = g;
    return c;
}

#define CALL1(c, x) ((c)->fn((c), (x), 0))
#define CALL2(c, x, y) ((c)->fn((c), (x), (y)))

static struct cell *map(struct closure *f, struct cell *l) {
    if (!l) return NULL;
    long v = CALL1(f, l->car);
    return cons(v, map(f, l->cdr));
}

static struct cell *filter(struct closure *p, struct cell *l) {
    if (!l) return NULL;
    if (CALL1(p, l->car)) return cons(l->car, filter(p, l->cdr));
    return filter(p, l->cdr);
}

static long fold(struct closure *f, long acc, struct cell *l) {
    for (; l; l = l->cdr) acc = CALL2(f, acc, l->car);
    return acc;
}

static struct cell *iota(long n) {
    struct cell *l = NULL;
    for (long i = n - 1; i >= 0; i--) l = cons(i, l);
    return l;
}

static long composed(struct closure *c, long x, long _) { return CALL1(c->f, CALL1(c->g, x)); }
static long adder(struct closure *c, long x, long _) { return x + c->n; }
static long scaler(struct closure *c, long x, long _) { return x * c->n % 1000003; }
static long identity(struct closure *c, long x, long _) { return x; }
static long divisible(struct closure *c, long y, long _) { return y % c->n == 0; }
static long add(struct closure *c, long a, long b) { return a + b; }
static long make_adder(struct closure *c, long n, long _) { return (long)closure(adder, n, NULL, NULL); }
/* fold's step when folding compose over a list of closures: the values are closure pointers. */
static long compose_step(struct closure *c, long f, long g) {
    return (long)closure(composed, 0, (struct closure *)f, (struct closure *)g);
}

int main(void) {
    arena = malloc(arena_size);
    if (!arena) abort();
    struct cell *xs = iota(1000);
    struct cell *adders = map(closure(make_adder, 0, NULL, NULL), iota(10));
    arena_mark = arena_used;
    long total = 0;
    for (long k = 0; k < 3000; k++) {
        struct closure *f = (struct closure *)fold(closure(compose_step, 0, NULL, NULL),
                                                   (long)closure(identity, 0, NULL, NULL), adders);
        struct closure *g = closure(composed, 0, closure(scaler, k + 1, NULL, NULL), f);
        struct cell *ys = filter(closure(divisible, 2 + k % 5, NULL, NULL), map(g, xs));
        total += fold(closure(add, 0, NULL, NULL), 0, ys);
        arena_used = arena_mark;
    }
    printf("%ld\n", total);
    return 0;
}
