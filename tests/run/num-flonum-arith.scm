;; Flonum arithmetic: rounding, infinities, NaN, signed zeros, overflow and underflow,
;; subnormals, and floor ceiling round (to even) truncate quotient remainder modulo max min abs
;; on flonums.
;; expect-stdout:
;; | 0.30000000000000004
;; | 0.19999999999999998
;; | 1.2100000000000002
;; | 0.3333333333333333
;; | 3.142857142857143
;; | 7.0
;; | -2.5
;; | -0.0
;; | -0.0
;; | +inf.0
;; | -inf.0
;; | +nan.0
;; | +nan.0
;; | +inf.0
;; | 0.0
;; | 0.0
;; | 1.7976931348623157e308
;; | +inf.0
;; | 1e16
;; | 9.007199254740992e15
;; | 9.007199254740994e15
;; | 1.0
;; | 0.9999999999999999
;; | 8.673617379884035e-19
;; | 3.0
;; | 9.999999999999999e20
;; | (#t #t #f #t #f)
;; | (2.5 0.0 +inf.0)
;; | (2.0 3.0 2.0 2.0)
;; | (-3.0 -2.0 -2.0 -2.0)
;; | (4.0 -4.0 0.0 -0.0 1.0)
;; | (+inf.0 +nan.0 -0.0)
;; | (3.0 1.0 1.0 1.0)
;; | (2.5 1.5 -0.5)
;; | (#t #t #t #f)

(define (show x) (write x) (newline))
(show (+ 0.1 0.2))
(show (- 0.3 0.1))
(show (* 1.1 1.1))
(show (/ 1.0 3.0))
(show (/ 22.0 7.0))
(show (+ 1.5 2.5 3.0))
(show (- 2.5))
(show (- 0.0))
(show (* -1.0 0.0))
(show (/ 1.0 0.0))
(show (/ -1.0 0.0))
(show (/ 0.0 0.0))
(show (- (/ 1.0 0.0) (/ 1.0 0.0)))
(show (* 1e200 1e200))
(show (* 1e-200 1e-200))
(show (/ 5e-324 2.0))
(show (* 1.7976931348623157e308 1.0))
(show (+ 1.7976931348623157e308 1e292))
(show (- 1e16 1.0))
(show (+ 9007199254740992.0 1.0))
(show (+ 9007199254740992.0 2.0))
(show (* 3.0 (/ 1.0 3.0)))
(show (let loop ((i 0) (x 0.0)) (if (= i 10) x (loop (+ i 1) (+ x 0.1)))))
(show (let loop ((i 0) (x 1.0)) (if (= i 60) x (loop (+ i 1) (/ x 2.0)))))
(show (/ 7.5 2.5))
(show (- 1e21 1e5))
(show (list (zero? 0.0) (zero? -0.0) (zero? 1e-300) (positive? 1e-300) (negative? -0.0)))
(show (list (abs -2.5) (abs -0.0) (abs -inf.0)))
(show (list (floor 2.5) (ceiling 2.5) (round 2.5) (truncate 2.5)))
(show (list (floor -2.5) (ceiling -2.5) (round -2.5) (truncate -2.5)))
(show (list (round 3.5) (round -3.5) (round 0.5) (round -0.5) (round 1.4999999999999998)))
(show (list (floor +inf.0) (round +nan.0) (truncate -0.7)))
(show (list (quotient 7.0 2.0) (remainder 7.0 -2.0) (modulo -7.0 2.0) (modulo 7.0 2)))
(show (list (max 1.5 2.5) (min 1.5 2.5) (max -0.5 -1.5 -2.5)))
(show (list (nan? (/ 0.0 0.0)) (infinite? (/ 1.0 0.0)) (finite? 1e308) (finite? +nan.0)))
