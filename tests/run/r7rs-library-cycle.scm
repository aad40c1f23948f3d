;; A library that imports itself is a compile error naming it, not a loop.
;; expect-build-error:
;; | tests/run/vvm-test/self.sld:4:11: import: library (vvm-test self) imports itself

(import (scheme base) (vvm-test self))
(display (f))
