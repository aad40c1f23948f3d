;; Fixnum overflow becomes bignum: + - * quotient abs at the extremes of the 61-bit range,
;; and results that fit again are fixnums.
;; expect-stdout:
;; | 1152921504606846976
;; | -1152921504606846977
;; | 2305843009213693950
;; | -2305843009213693951
;; | 2305843009213693950
;; | 1152921504606846976
;; | 1329227995784915870597964051066650625
;; | 1152921504606846976
;; | 1152921504606846976
;; | 1152921504606846976
;; | 1152921504606846976
;; | 18446744073709551616
;; | -18446744073709551616
;; | 1152921504606846975
;; | #t
;; | #t
;; | 0
;; | 1180591620717411303424
;; | 1180591620717411303424
;; | 115292150460684697500
;; | 1000000000000000000000000000000
;; | 3458764513820540925
;; | -3458764513820540926

(define (show x) (write x) (newline))
;; The fixnum extremes: every operation that leaves the 61-bit range gives a bignum.
(define hi 1152921504606846975)
(define lo -1152921504606846976)
(show (+ hi 1))
(show (- lo 1))
(show (+ hi hi))
(show (- lo hi))
(show (* hi 2))
(show (* lo -1))
(show (* hi hi))
(show (- 0 lo))
(show (- lo))
(show (abs lo))
(show (quotient lo -1))
(show (* 4294967296 4294967296))
(show (* -4294967296 4294967296))
(show (+ (+ hi 1) -1))
(show (fixnum? (+ (+ hi 1) -1)))
(show (fixnum? (- (- lo 1) -1)))
(show (- (* hi hi) (* hi hi)))
(show (let loop ((i 0) (n 1)) (if (= i 70) n (loop (+ i 1) (* n 2)))))
(show (let loop ((i 0) (n 1)) (if (= i 70) n (loop (+ i 1) (* n -2)))))
(show (let loop ((i 0) (sum 0)) (if (= i 100) sum (loop (+ i 1) (+ sum hi)))))
(show (apply * '(1000000 1000000 1000000 1000000 1000000)))
(show (apply + (list hi hi hi)))
(show (apply - (list lo hi hi)))
