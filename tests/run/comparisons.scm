;; Numeric comparisons, open-coded with two arguments and through the runtime with more.
;; expect-stdout:
;; | #t
;; | #f
;; | #t
;; | #f
;; | #t
;; | #t
;; | #f
;; | #t
;; | #t
;; | #f
;; | #t
;; | #f
;; | #t
;; | #f
;; | #t
;; | #t
;; | #t
;; | (#t #f #t)

(define (show x) (write x) (newline))
(show (= 1 1))
(show (= 1 2))
(show (< 1 2 3))
(show (< 1 3 2))
(show (> 3 2 1))
(show (<= 1 1 2))
(show (>= 2 2 3))
(show (= 5 5 5))
(show (zero? 0))
(show (zero? -1))
(show (positive? 5))
(show (negative? 5))
(show (even? 10))
(show (odd? 10))
(show (odd? -3))
(show (< -5 3))
(show (>= -1152921504606846976 -1152921504606846976))
(show (map < '(1 5 2) '(2 3 3)))
