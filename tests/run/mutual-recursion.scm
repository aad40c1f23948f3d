;; A million mutually recursive tail calls between two global procedures.
;; expect-stdout:
;; | #t
;; | #t
;; | #f
;; | #f

(define (my-even? n) (if (= n 0) #t (my-odd? (- n 1))))
(define (my-odd? n) (if (= n 0) #f (my-even? (- n 1))))
(display (my-even? 1000000)) (newline)
(display (my-odd? 1000001)) (newline)
(display (my-even? 999999)) (newline)
(display (my-odd? 2000000)) (newline)
