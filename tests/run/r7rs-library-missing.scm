;; An import of a library that is nowhere is a compile error that says where it was looked for.
;; expect-build-error:
;; | tests/run/r7rs-library-missing.scm:5:23: import: unknown library (vvm-test nowhere): no vvm-test/nowhere.sld in VVM_LIBRARY_PATH or beside tests/run/r7rs-library-missing.scm

(import (scheme base) (vvm-test nowhere))
