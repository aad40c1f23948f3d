;; A program's own definition (or set!) of a name the compiler open-codes takes effect: code
;; compiled after it calls the program's procedure; code compiled before keeps the primitive.
;; The body of the definition itself already calls the new procedure.
;; expect-stdout:
;; | 1
;; | (2)
;; | not-a-pair
;; | (2 mine)
;; | (plus 1 2)
;; | ((2) (4))
;; | 120

(define (show x) (display x) (newline))
(show (car '(1 2)))
(define (car p) (if (pair? p) (cdr p) 'not-a-pair))
(show (car '(1 2)))
(show (car 5))
(define (f l) (vector-length l))
(set! vector-length (lambda (v) 'mine))
(define (g l) (vector-length l))
(show (list (f #(1 2)) (g #(1 2))))
(define (+ a b) (list 'plus a b))
(show (+ 1 2))
(show (map car '((1 2) (3 4))))
(define (* a b) (if (= b 0) 0 (- (* a (- b 1)) (- 0 a))))
(show (* 24 5))
