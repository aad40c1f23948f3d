;; Rest parameters: (lambda (a . rest) ...), (lambda args ...), (define (f a b . more) ...).
;; expect-stdout:
;; | (1 ())
;; | (1 (2 3))
;; | ()
;; | (x y)
;; | 30
;; | 33
;; | (2)
;; | 10
;; | 10
;; | (a (b c) (d e f))

(define (f a . rest) (list a rest))
(write (f 1)) (newline)
(write (f 1 2 3)) (newline)
(define g (lambda args args))
(write (g)) (newline)
(write (g 'x 'y)) (newline)
(define (h a b . more) (+ a b (length more)))
(write (h 10 20)) (newline)
(write (h 10 20 'p 'q 'r)) (newline)
(write ((lambda (x . y) y) 1 2)) (newline)
(define (count-args . xs) (length xs))
(write (count-args 1 2 3 4 5 6 7 8 9 10)) (newline)
(define (sum . nums)
  (if (null? nums) 0 (+ (car nums) (apply sum (cdr nums)))))
(write (sum 1 2 3 4)) (newline)
(define (group first . rest)
  (define (split-rest l) (list (list (car l) (cadr l)) (cddr l)))
  (cons first (split-rest rest)))
(write (group 'a 'b 'c 'd 'e 'f)) (newline)
