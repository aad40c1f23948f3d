/* tak(24, 16, 8), Takeuchi's function, 10 times; prints 9. */
#include <stdio.h>
static long tak(long x, long y, long z) {
    if (!(y < x)) return z;
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}
int main(void) {
    long r = 0;
    for (int i = 0; i < 10; i++) r = tak(24, 16, 8);
    printf("%ld\n", r);
    return 0;
}
