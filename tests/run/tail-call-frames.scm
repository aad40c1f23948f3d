;; Tail calls between procedures whose frames differ: more arguments, fewer, rest lists; each
;; cycle runs a million times in constant stack space. Also calls with many arguments.
;; gc-stress: 65536
;; (under stress, every 64 KiB: millions of rest-list allocations)
;; expect-stdout:
;; | done
;; | 36000000
;; | (4 5)
;; | 20
;; | (20 19 1)

(define (one k) (if (= k 0) 'done (ten k 2 3 4 5 6 7 8 9 10)))
(define (ten k b c d e f g h i j)
  (if (= (+ b c d e f g h i j) 54) (rest-taker (- k 1) 'x 'y) 'bad))
(define (rest-taker k . more) (if (= (length more) 2) (two k 'z) 'bad-rest))
(define (two k z) (one k))
(display (one 1000000))
(newline)

(define (grow n acc) (if (= n 0) acc (shrink (- n 1) acc 1 2 3 4 5 6 7 8)))
(define (shrink n acc a b c d e f g h) (grow n (+ acc a b c d e f g h)))
(display (grow 1000000 0))
(newline)

(define (spin k . args) (if (= k 0) args (apply spin (- k 1) (cdr args))))
(display (spin 3 1 2 3 4 5))
(newline)
(define (count-args . args) (if (null? args) 0 (+ 1 (apply count-args (cdr args)))))
(display (count-args 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20))
(newline)
(define (many a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12 a13 a14 a15 a16 a17 a18 a19 a20)
  (list a20 a19 a1))
(display (many 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20))
(newline)
