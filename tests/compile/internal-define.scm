;; Internal defines: a helper procedure and a value, then the body.
(define (hypot-ish a b)
  (define (sq x) (* x x))
  (define s (+ (sq a) (sq b)))
  (list s (sq s)))
(display (hypot-ish 3 4))
(newline)
