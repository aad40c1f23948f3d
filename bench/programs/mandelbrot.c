/* mandelbrot: the same algorithm as mandelbrot.scm, in doubles. */
#include <math.h>
#include <stdio.h>

#define SIZE 200
#define MAX_ITER 100

static long point(long x, long y) {
    double cr = 2.0 * (double)x / SIZE - 1.5, ci = 2.0 * (double)y / SIZE - 1.0;
    double zr = 0.0, zi = 0.0;
    for (long i = 0;; i++) {
        if (i == MAX_ITER) return i;
        if (zr * zr + zi * zi > 4.0) return i + (long)floor(100.0 * sqrt(zr * zr + zi * zi));
        double nzr = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = nzr;
    }
}

int main(void) {
    long total = 0;
    for (long y = 0; y < SIZE; y++)
        for (long x = 0; x < SIZE; x++) total += point(x, y);
    printf("%ld\n", total);
    return 0;
}
