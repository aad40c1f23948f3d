;; Vector operations: make, set, ref, length, and conversions.
(define v (make-vector 3 0))
(vector-set! v 0 'a)
(vector-set! v 2 (vector-length v))
(display (list v (vector-ref v 2) (vector 1 2) (vector->list v) (list->vector '(x y))))
(newline)
