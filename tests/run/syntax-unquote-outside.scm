;; unquote outside a quasiquote is a compile error at its position.
;; expect-build-error:
;; | tests/run/syntax-unquote-outside.scm:6:10: unquote outside quasiquote

(define x 1)
(display ,x)
