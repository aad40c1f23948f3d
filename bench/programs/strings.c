/* strings: the same algorithm as strings.scm. snprintf and a copy build the key string;
   symbols are interned strings (an open-addressing table of canonical copies, so a symbol is
   a pointer); an open-addressing table keyed by pointer counts symbols and one keyed by string
   contents (FNV-1a hash) sums per string. Prints a checksum. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STEPS 200000
#define KEYS 5003
#define CAP 16384 /* power of two, above KEYS */

static unsigned long hash_string(const char *s) {
    unsigned long h = 14695981039346656037UL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211UL;
    return h;
}

static char *key(long n) {
    char digits[32];
    snprintf(digits, sizeof digits, "%ld", n);
    size_t len = strlen(digits);
    char *s = malloc(len + 2);
    if (!s) abort();
    s[0] = 'k';
    memcpy(s + 1, digits, len + 1);
    return s;
}

static const char *symbols[CAP];
static const char *intern(const char *s) {
    for (unsigned long i = hash_string(s) & (CAP - 1);; i = (i + 1) & (CAP - 1)) {
        if (!symbols[i]) return symbols[i] = strdup(s);
        if (strcmp(symbols[i], s) == 0) return symbols[i];
    }
}

struct entry { const void *key; long value; };
static struct entry symbol_counts[CAP], string_sums[CAP];

static long *symbol_slot(const char *sym) { /* eq table: hash the pointer */
    for (unsigned long i = ((unsigned long)sym >> 4) & (CAP - 1);; i = (i + 1) & (CAP - 1)) {
        if (!symbol_counts[i].key) symbol_counts[i].key = sym;
        if (symbol_counts[i].key == sym) return &symbol_counts[i].value;
    }
}

static long *string_slot(const char *s) { /* equal table: the table keeps its own copy */
    for (unsigned long i = hash_string(s) & (CAP - 1);; i = (i + 1) & (CAP - 1)) {
        if (!string_sums[i].key) string_sums[i].key = strdup(s);
        if (strcmp(string_sums[i].key, s) == 0) return &string_sums[i].value;
    }
}

int main(void) {
    for (long i = 0; i < STEPS; i++) {
        char *s = key(i * 7919 % KEYS);
        *symbol_slot(intern(s)) += 1;
        *string_slot(s) += i;
        free(s);
    }
    long acc = 0;
    for (long n = 0; n < KEYS; n++) {
        char *s = key(n);
        acc += (n + 1) * *symbol_slot(intern(s)) + *string_slot(s) % 1000 + (long)strlen(s);
        free(s);
    }
    printf("%ld\n", acc);
    return 0;
}
