;; Bignum arithmetic: + - * quotient remainder modulo with every sign, gcd lcm abs expt,
;; factorials and Fibonacci numbers; results that fit come back as fixnums.
;; expect-stdout:
;; | 1267650600228229401496703205376
;; | 9999999999800000000001
;; | 265252859812191058636308480000000
;; | 80658175170943878571660636856403766975289505440883277824000000000000
;; | 222232244629420445529739893461909967206666939096499764990979600
;; | -1267650600228229401496703205376
;; | 7
;; | 9999999999999999999999999999999999999999
;; | -10000000000000000000000000000000000000000
;; | 12193263113702179522496570642237463801111263526900
;; | 1560
;; | -1428571428571428571428571428571428571428
;; | 4
;; | -3
;; | 3
;; | -4
;; | -100000000000000000001
;; | -1
;; | 99999999999999999998
;; | 0
;; | 12345
;; | 999999999999999999999999987655
;; | 67108864
;; | 14353237968448109868972222216943775514624
;; | 354224848179261915075
;; | 717897987691852588770249
;; | (#t #t #f #t #t)
;; | 2361183241434822606848
;; | -1180591620717411303424
;; | #t
;; | 100000000000000000000000000000000000000000000000000
;; | 3
;; | 0
;; | 6366805783448368356225959807174500

(define (show x) (write x) (newline))
(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
(define (fib n) (let loop ((a 0) (b 1) (n n)) (if (= n 0) a (loop b (+ a b) (- n 1)))))
(show (expt 2 100))
(show (* 99999999999 99999999999))
(show (fact 30))
(show (fact 52))
(show (fib 300))
(show (- (expt 2 100)))
(show (+ (expt 2 100) (- (expt 2 100)) 7))
(show (- (expt 10 40) 1))
(show (* (- (expt 10 20)) (expt 10 20)))
(show (* -123456789012345678901234567890 -98765432109876543210))
(show (quotient (fact 40) (fact 38)))
(show (quotient (expt 10 40) -7))
(show (remainder (expt 10 40) -7))
(show (modulo (expt 10 40) -7))
(show (modulo (- (expt 10 40)) 7))
(show (remainder (- (expt 10 40)) 7))
(show (quotient (- (expt 10 40)) (- (expt 10 20) 1)))
(show (remainder (- (expt 10 40)) (- (expt 10 20) 1)))
(show (modulo (- (expt 10 40)) (- (expt 10 20) 1)))
(show (quotient 12345 (expt 10 30)))
(show (remainder 12345 (expt 10 30)))
(show (modulo -12345 (expt 10 30)))
(show (gcd (fact 30) (expt 2 100)))
(show (lcm (expt 2 70) (expt 3 40)))
(show (gcd (* (fib 100) (fib 90)) (* (fib 100) (fib 91))))
(show (abs (- (expt 3 50))))
(show (list (even? (expt 2 80)) (odd? (+ (expt 2 80) 1)) (zero? (expt 2 80))
            (positive? (expt 2 80)) (negative? (- (expt 2 80)))))
(show (max (expt 2 70) (expt 2 71) 5))
(show (min (- (expt 2 70)) 3))
(show (exact-integer? (expt 2 70)))
(show (square (expt 10 25)))
(show (let loop ((i 0) (acc 1)) (if (= i 200) (quotient acc (expt 3 199)) (loop (+ i 1) (* acc 3)))))
(show (- (* (expt 2 64) (expt 2 64)) (expt 2 128)))
(show (apply + (map (lambda (k) (expt 7 k)) '(10 20 30 40))))
