;; One closing paren too many.
;; expect-build-error:
;; | tests/run/reader-unexpected-close.scm:5:12: unexpected ')'

(display 1))
