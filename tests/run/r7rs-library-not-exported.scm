;; Renaming a name a library does not export is a compile error.
;; expect-build-error:
;; | tests/run/r7rs-library-not-exported.scm:5:46: import: n is not exported by (vvm-test counter)

(import (rename (vvm-test counter) (count c) (n m)))
