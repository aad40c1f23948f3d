;; Closures capture variables, not values: adders made in a loop, composition, currying,
;; two closures sharing one variable, closures returning closures.
;; expect-stdout:
;; | (100 101 102 103)
;; | 11
;; | 12
;; | 15
;; | 2
;; | (1 2 3)
;; | 42

(define (make-adders n)
  (let loop ((i 0) (acc '()))
    (if (= i n)
        (reverse acc)
        (loop (+ i 1) (cons (lambda (x) (+ x i)) acc)))))
(display (map (lambda (f) (f 100)) (make-adders 4))) (newline)

(define (compose f g) (lambda (x) (f (g x))))
(define add1 (lambda (x) (+ x 1)))
(define double (lambda (x) (* x 2)))
(display ((compose add1 double) 5)) (newline)
(display ((compose double add1) 5)) (newline)

(define (curry f x) (lambda (y) (f x y)))
(display ((curry + 10) 5)) (newline)

(define (make-shared)
  (let ((n 0))
    (cons (lambda () (set! n (+ n 1)) n)
          (lambda () n))))
(define shared (make-shared))
((car shared))
((car shared))
(display ((cdr shared))) (newline)

(define (outer a) (lambda (b) (lambda (c) (list a b c))))
(display (((outer 1) 2) 3)) (newline)

(define (make-getter-setter)
  (let ((value 0))
    (list (lambda () value) (lambda (v) (set! value v)))))
(define gs (make-getter-setter))
((cadr gs) 42)
(display ((car gs))) (newline)
