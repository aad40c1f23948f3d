;; The fixnum comparisons, each open-coded as a primitive.
(define (compare a b)
  (list (= a b) (< a b) (> a b) (<= a b) (>= a b) (zero? a)))
(display (compare 3 4))
(display (compare 0 0))
(newline)
