;; map and for-each over one and several lists; map applies its procedure left to right.
;; expect-stdout:
;; | (1 4 9 16)
;; | (11 22 33)
;; | ((a 1) (b 2))
;; | (1 3)
;; | ()
;; | [a][b][c]
;; | 11,22,
;; | 123
;; | (1 2 3)

(define (show x) (write x) (newline))
(show (map (lambda (x) (* x x)) '(1 2 3 4)))
(show (map + '(1 2 3) '(10 20 30)))
(show (map list '(a b c) '(1 2)))
(show (map car '((1 . 2) (3 . 4))))
(show (map (lambda (x) x) '()))
(for-each (lambda (x) (display "[") (display x) (display "]")) '(a b c))
(newline)
(for-each (lambda (x y) (display (+ x y)) (display ",")) '(1 2) '(10 20))
(newline)
(define result (map (lambda (x) (display x) x) '(1 2 3)))
(newline)
(show result)
