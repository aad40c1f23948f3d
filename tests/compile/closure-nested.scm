;; Closures nested three deep: the innermost uses variables from every level.
(define (outer a)
  (lambda (b)
    (lambda (c)
      (list a b c))))
(display (((outer 1) 2) 3))
(newline)
