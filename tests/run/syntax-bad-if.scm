;; A malformed special form is a compile error at the form's position.
;; expect-build-error:
;; | tests/run/syntax-bad-if.scm:6:3: bad if: expected (if test then) or (if test then else)

(define (f x)
  (if x))
(f 1)
