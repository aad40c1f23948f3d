;; append, reverse, list-tail, list-ref, list-copy, last-pair, length.
;; expect-stdout:
;; | (1 2 3 4 5)
;; | ()
;; | (1 . 2)
;; | (3 2 1)
;; | ()
;; | (c d)
;; | d
;; | (1 2 3)
;; | (3)
;; | 0
;; | #t
;; | #f
;; | (1 2 3)

(define (show x) (write x) (newline))
(show (append '(1 2) '(3 4) '() '(5)))
(show (append))
(show (append '(1) 2))
(show (reverse '(1 2 3)))
(show (reverse '()))
(show (list-tail '(a b c d) 2))
(show (list-ref '(a b c d) 3))
(show (list-copy '(1 2 3)))
(show (last-pair '(1 2 3)))
(show (length '()))
(define tail (list 3))
(define joined (append (list 1 2) tail))
(show (eq? (cddr joined) tail))
(define original (list 1 2 3))
(show (eq? (list-copy original) original))
(show original)
