;; A list left open at the end of the file: image-builder reports it at its opening paren.
;; expect-build-error:
;; | tests/run/reader-unclosed-list.scm:8:1: unclosed list: this '(' has no matching ')'

(display "fine")
(newline)

(define (broken x)
  (if (pair? x)
      (car x)
      x)
