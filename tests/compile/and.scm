;; and: empty, one operand, and a chain that stops at the first #f.
(define (in-range? x lo hi) (and (fixnum? x) (<= lo x) (< x hi)))
(display (list (and) (and 5) (in-range? 3 0 10) (in-range? 11 0 10) (in-range? 'a 0 1)))
(newline)
