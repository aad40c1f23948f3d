;; Quoted vectors, including a nested list and an empty vector.
(define v '#(1 two "three" (4 5) #()))
(display (vector-length v))
(display (vector-ref v 3))
(newline)
(write v)
(newline)
