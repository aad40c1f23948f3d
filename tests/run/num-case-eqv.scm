;; case compares with eqv?, so flonum and bignum data match by value.
;; expect-stdout:
;; | two
;; | big
;; | three
;; | no

(define (classify x)
  (case x
    ((1.0) 'one)
    ((2.0) 'two)
    ((1180591620717411303424) 'big)
    ((3) 'three)
    (else 'no)))
(display (classify (+ 1.0 1.0))) (newline)
(display (classify (expt 2 70))) (newline)
(display (classify 3)) (newline)
(display (classify 2)) (newline)
