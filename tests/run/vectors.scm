;; Vectors: construction, access, mutation, conversion, literals, nesting.
;; expect-stdout:
;; | #(0 0 0)
;; | #(a 0 "c")
;; | "c"
;; | 3
;; | #(1 2 3)
;; | #()
;; | (1 2 3)
;; | #(x y)
;; | #(7 7 7 7)
;; | #(10 20 30)
;; | abc
;; | #t
;; | #f
;; | #(1 (2 3) #(4) "five" #\6)
;; | #(#(0 0) #(5 0))
;; | 0

(define (show x) (write x) (newline))
(define v (make-vector 3 0))
(show v)
(vector-set! v 0 'a)
(vector-set! v 2 "c")
(show v)
(show (vector-ref v 2))
(show (vector-length v))
(show (vector 1 2 3))
(show (vector))
(show (vector->list '#(1 2 3)))
(show (list->vector '(x y)))
(define w (make-vector 4 1))
(vector-fill! w 7)
(show w)
(show (vector-map (lambda (x) (* x 10)) '#(1 2 3)))
(vector-for-each (lambda (x) (display x)) '#(a b c))
(newline)
(show (vector? v))
(show (vector? '(1)))
(show '#(1 (2 3) #(4) "five" #\6))
(define grid (make-vector 2 #f))
(vector-set! grid 0 (make-vector 2 0))
(vector-set! grid 1 (make-vector 2 0))
(vector-set! (vector-ref grid 1) 0 5)
(show grid)
(show (vector-length (make-vector 0 'x)))
