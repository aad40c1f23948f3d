;; do loops: with and without a body, result expressions, variables without steps.
;; expect-stdout:
;; | 01234
;; | (3 2 1 0)
;; | #(0 1 4 9 16)
;; | #(0 1 2)
;; | 3628800
;; | 55

(do ((i 0 (+ i 1))) ((= i 5)) (display i))
(newline)
(display (do ((i 0 (+ i 1)) (acc '() (cons i acc))) ((= i 4) acc)))
(newline)
(define v (make-vector 5 0))
(do ((i 0 (+ i 1))) ((= i 5)) (vector-set! v i (* i i)))
(display v)
(newline)
(display (do ((vec (make-vector 3 0)) (i 0 (+ i 1))) ((= i 3) vec) (vector-set! vec i i)))
(newline)
(define (factorial n) (do ((i 1 (+ i 1)) (acc 1 (* acc i))) ((> i n) acc)))
(display (factorial 10))
(newline)
(define (sum-vector v)
  (do ((i 0 (+ i 1)) (sum 0 (+ sum (vector-ref v i)))) ((= i (vector-length v)) sum)))
(display (sum-vector '#(1 2 3 4 5 6 7 8 9 10)))
(newline)
