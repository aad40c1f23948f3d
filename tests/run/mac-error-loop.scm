;; A macro that expands into a bigger use of itself is stopped with an error, not a crash.
;; expect-build-error:
;; | expansion of grow nested 1000 deep: does a macro expand into itself?

(define-syntax grow (syntax-rules () ((_ x) (list (grow (x))))))
(grow 1)
