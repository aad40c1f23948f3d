/* nqueens: the same algorithm as nqueens.scm, with lists of malloc'd cons cells taken from a
   bump arena that is reset after each of the 50 runs (C has no collector). Prints 36200. */
#include <stdio.h>
#include <stdlib.h>

struct cell { long car; struct cell *cdr; };

static struct cell *arena;
static long arena_used, arena_size = 1 << 20;

static struct cell *cons(long car, struct cell *cdr) {
    if (arena_used == arena_size) abort();
    struct cell *c = &arena[arena_used++];
    c->car = car;
    c->cdr = cdr;
    return c;
}

static struct cell *iota1(long n) {
    struct cell *l = NULL;
    for (long i = n; i > 0; i--) l = cons(i, l);
    return l;
}

static struct cell *append(struct cell *a, struct cell *b) {
    return a ? cons(a->car, append(a->cdr, b)) : b;
}

static int ok(long row, long dist, struct cell *placed) {
    for (; placed; placed = placed->cdr, dist++)
        if (placed->car == row + dist || placed->car == row - dist) return 0;
    return 1;
}

static long try(struct cell *x, struct cell *y, struct cell *z) {
    if (!x) return y ? 0 : 1;
    return (ok(x->car, 1, z) ? try(append(x->cdr, y), NULL, cons(x->car, z)) : 0)
         + try(x->cdr, cons(x->car, y), z);
}

int main(void) {
    long total = 0;
    arena = malloc(arena_size * sizeof *arena);
    if (!arena) abort();
    for (int i = 0; i < 50; i++) {
        arena_used = 0;
        total += try(iota1(10), NULL, NULL);
    }
    printf("%ld\n", total);
    return 0;
}
