/* binary-trees (the Benchmarks Game), max depth 16, min depth 4, single-threaded.
   A simple malloc version (no APR pools, no OpenMP): every node is malloc'd and freed on its
   own, as in the original shootout program. check counts the nodes. */
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *left, *right; };

static struct node *make_tree(int d) {
    struct node *t = malloc(sizeof *t);
    if (!t) abort();
    if (d == 0) {
        t->left = t->right = NULL;
    } else {
        t->left = make_tree(d - 1);
        t->right = make_tree(d - 1);
    }
    return t;
}

static long check(const struct node *t) {
    if (!t->left) return 1;
    return 1 + check(t->left) + check(t->right);
}

static void free_tree(struct node *t) {
    if (t->left) {
        free_tree(t->left);
        free_tree(t->right);
    }
    free(t);
}

int main(void) {
    const int min_depth = 4, max_depth = 16, stretch_depth = max_depth + 1;
    struct node *stretch = make_tree(stretch_depth);
    printf("stretch tree of depth %d\t check: %ld\n", stretch_depth, check(stretch));
    free_tree(stretch);

    struct node *long_lived = make_tree(max_depth);
    for (int d = min_depth; d <= max_depth; d += 2) {
        long iterations = 1L << (max_depth - d + min_depth), sum = 0;
        for (long i = 0; i < iterations; i++) {
            struct node *t = make_tree(d);
            sum += check(t);
            free_tree(t);
        }
        printf("%ld\t trees of depth %d\t check: %ld\n", iterations, d, sum);
    }
    printf("long lived tree of depth %d\t check: %ld\n", max_depth, check(long_lived));
    free_tree(long_lived);
    return 0;
}
