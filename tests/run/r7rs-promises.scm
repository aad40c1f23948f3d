;; delay, delay-force, make-promise, force and promise?: a promise runs its body once, and a
;; chain of 10000 delay-forces is forced in constant space (R7RS 4.2.5).
;; expect-stdout:
;; | once (42 42)
;; | 10000
;; | (7 #t #f 3)
;; | (1 2 3)

(define p1 (delay (begin (display "once ") 42)))
(display (list (force p1) (force p1))) (newline)
(define (count-to n) (delay-force (if (= n 10000) (delay n) (count-to (+ n 1)))))
(display (force (count-to 0))) (newline)
(display (list (force (make-promise 7)) (promise? p1) (promise? 5) (force 3))) (newline)
;; A stream: the first three integers of an infinite one.
(define (ints n) (cons n (delay (ints (+ n 1)))))
(define (take s k) (if (= k 0) '() (cons (car s) (take (force (cdr s)) (- k 1)))))
(display (take (ints 1) 3)) (newline)
