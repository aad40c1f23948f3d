;; An import of a library VVM does not have is a compile error that names it.
;; expect-build-error:
;; | tests/run/r7rs-import-unknown.scm:5:9: import: unknown library (srfi 1); VVM has the standard libraries only

(import (srfi 1) (scheme base))
(display "never")
