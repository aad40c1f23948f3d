/* alloc: many medium lists and vectors with random lifetimes over a sliding window of live
   data; the same algorithm as alloc.scm with malloc/free: a list is one malloc'd cell per
   element (consed backwards, then reversed into fresh cells and the first copy freed), a vector
   one malloc'd block; an object is freed when it is dropped from the window. Prints a checksum
   of the elements of every object dropped or left over. */
#include <stdio.h>
#include <stdlib.h>

#define WINDOW_SIZE 2048
#define STEPS 30000

struct cell { long car; struct cell *cdr; };
struct object { int is_list; long length; struct cell *list; long *vector; };

static unsigned long seed = 12345;
static long random_next(void) {
    seed = (seed * 69069 + 1) % 4294967296UL;
    return (long)(seed / 65536);
}

static struct cell *cons(long car, struct cell *cdr) {
    struct cell *c = malloc(sizeof *c);
    if (!c) abort();
    c->car = car;
    c->cdr = cdr;
    return c;
}

static void free_list(struct cell *l) {
    while (l) {
        struct cell *next = l->cdr;
        free(l);
        l = next;
    }
}

static struct cell *reverse(struct cell *l) {
    struct cell *r = NULL;
    for (; l; l = l->cdr) r = cons(l->car, r);
    return r;
}

static struct object *make_list_of(long n, long start) {
    struct cell *acc = NULL;
    for (long i = 0; i < n; i++) acc = cons((start + i) % 1000, acc);
    struct object *o = malloc(sizeof *o);
    if (!o) abort();
    o->is_list = 1;
    o->length = n;
    o->list = reverse(acc);
    o->vector = NULL;
    free_list(acc);
    return o;
}

static struct object *make_vector_of(long n, long start) {
    struct object *o = malloc(sizeof *o);
    long *v = malloc(n * sizeof *v);
    if (!o || !v) abort();
    for (long i = 0; i < n; i++) v[i] = (start + i) % 1000;
    o->is_list = 0;
    o->length = n;
    o->list = NULL;
    o->vector = v;
    return o;
}

static long sum_of(const struct object *o) {
    long s = 0;
    if (!o) return 0;
    if (o->is_list)
        for (const struct cell *l = o->list; l; l = l->cdr) s += l->car;
    else
        for (long i = 0; i < o->length; i++) s += o->vector[i];
    return s;
}

static void free_object(struct object *o) {
    if (!o) return;
    free_list(o->list);
    free(o->vector);
    free(o);
}

int main(void) {
    static struct object *window[WINDOW_SIZE];
    long checksum = 0;
    for (long step = 0; step < STEPS; step++) {
        long slot = random_next() % WINDOW_SIZE;
        long n = 16 + random_next() % 256;
        struct object *old = window[slot];
        window[slot] = random_next() % 2 == 0 ? make_list_of(n, step) : make_vector_of(n, step);
        checksum += sum_of(old);
        free_object(old);
    }
    for (long i = 0; i < WINDOW_SIZE; i++) {
        checksum += sum_of(window[i]);
        free_object(window[i]);
    }
    printf("%ld\n", checksum);
    return 0;
}
